package org.oas.cim.pipeline.stats;

import java.util.Arrays;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;

/**
 * Quantiles by the R-7 definition (Hyndman &amp; Fan 1996, type 7: the default of R and numpy), the median
 * absolute deviation and robust outliers.
 *
 * <p>R-7 interpolates linearly between order statistics at {@code h = (n − 1) p}: with the values sorted,
 * {@code Q(p) = x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋ + 1] − x[⌊h⌋])} (0-based). It is Commons Math's
 * {@code Percentile} with {@link EstimationType#R_7}; its default, {@code LEGACY}, gives other quartiles.
 *
 * <p>{@link Double#NaN} is a missing value and is ignored; an infinite value is refused. With no values
 * left every statistic is undefined and every count is 0.
 */
public final class Quantiles {

    /** MAD × 1.4826 estimates the standard deviation of normally distributed data (1 / Φ⁻¹(3/4)). */
    public static final double MAD_SCALE = 1.4826;

    /** Outliers lie more than this many scaled MADs from the median. */
    public static final double DEFAULT_OUTLIER_K = 3;

    private static final String NO_VALUES = "no values";

    /**
     * The robust summary of a sample, as a report writes it.
     *
     * @param n         the number of values (missing ones excluded)
     * @param median    the median
     * @param q1        the first quartile
     * @param q3        the third quartile
     * @param mad       the median absolute deviation from the median
     * @param scaledMad MAD × {@value #MAD_SCALE}
     * @param outliers  values more than {@value #DEFAULT_OUTLIER_K} scaled MADs from the median
     */
    public record Summary(int n, Statistic median, Statistic q1, Statistic q3, Statistic mad,
                          Statistic scaledMad, int outliers) {
    }

    private Quantiles() {
    }

    /**
     * The p-quantile by the R-7 definition.
     *
     * @param p the probability, from 0 (the minimum) to 1 (the maximum)
     * @throws IllegalArgumentException when p is outside [0, 1] or a value is infinite
     */
    public static Statistic quantile(double[] x, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("p must be within [0, 1], was " + p);
        }
        return quantileOfPresent(present(x), p);
    }

    /** The median (R-7 at p = 0.5, which is the usual median: the mean of the middle two for even n). */
    public static Statistic median(double[] x) {
        return quantile(x, 0.5);
    }

    /** The median absolute deviation: the median of |x − median(x)|, unscaled. */
    public static Statistic mad(double[] x) {
        return madOfPresent(present(x));
    }

    /** MAD × {@value #MAD_SCALE}. */
    public static Statistic scaledMad(double[] x) {
        return scale(mad(x));
    }

    /**
     * How many values lie more than {@code k} scaled MADs from the median:
     * {@code |x − median| > k × 1.4826 × MAD}; none where the MAD is 0 (more than half the values are
     * equal and any other value would count) or there are no values.
     *
     * @param k how many scaled MADs, finite and above 0
     */
    public static int outlierCount(double[] x, double k) {
        if (!(k > 0 && Double.isFinite(k))) {
            throw new IllegalArgumentException("k must be finite and above 0, was " + k);
        }
        double[] values = present(x);
        Statistic median = quantileOfPresent(values, 0.5);
        return countOutliers(values, median, madOfPresent(values), k);
    }

    /** {@link #outlierCount(double[], double)} with k = {@value #DEFAULT_OUTLIER_K}. */
    public static int outlierCount(double[] x) {
        return outlierCount(x, DEFAULT_OUTLIER_K);
    }

    /** n, median, quartiles, MAD (raw and scaled) and the outliers at k = {@value #DEFAULT_OUTLIER_K}. */
    public static Summary summarize(double[] x) {
        double[] values = present(x);
        Statistic median = quantileOfPresent(values, 0.5);
        Statistic mad = madOfPresent(values);
        return new Summary(values.length, median, quantileOfPresent(values, 0.25),
                quantileOfPresent(values, 0.75), mad, scale(mad),
                countOutliers(values, median, mad, DEFAULT_OUTLIER_K));
    }

    private static double[] present(double[] x) {
        for (double v : x) {
            if (Double.isInfinite(v)) {
                throw new IllegalArgumentException("a value is infinite");
            }
        }
        return Arrays.stream(x).filter(v -> !Double.isNaN(v)).toArray();
    }

    private static Statistic quantileOfPresent(double[] values, double p) {
        if (values.length == 0) {
            return Statistic.undefined(NO_VALUES);
        }
        // Percentile takes p in (0, 100]; R-7 at p = 0 is the minimum.
        double q = p == 0
                ? Arrays.stream(values).min().orElseThrow()
                : new Percentile().withEstimationType(EstimationType.R_7).evaluate(values, p * 100);
        return Statistic.ofFinite(q, "values too large to interpolate in double precision");
    }

    private static Statistic madOfPresent(double[] values) {
        Statistic median = quantileOfPresent(values, 0.5);
        if (!median.isDefined()) {
            return median;
        }
        double[] deviations = Arrays.stream(values).map(v -> Math.abs(v - median.value())).toArray();
        return quantileOfPresent(deviations, 0.5);
    }

    private static Statistic scale(Statistic mad) {
        return mad.isDefined()
                ? Statistic.ofFinite(mad.value() * MAD_SCALE, "values too large to scale the MAD")
                : mad;
    }

    private static int countOutliers(double[] values, Statistic median, Statistic mad, double k) {
        if (!mad.isDefined() || mad.value() == 0) {
            return 0;
        }
        double limit = k * MAD_SCALE * mad.value();
        return (int) Arrays.stream(values).filter(v -> Math.abs(v - median.value()) > limit).count();
    }
}
