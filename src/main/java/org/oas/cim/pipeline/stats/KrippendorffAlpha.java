package org.oas.cim.pipeline.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Krippendorff's alpha for any number of coders, missing values and four metrics, after Krippendorff
 * (2011), "Computing Krippendorff's Alpha-Reliability", section E (the general form).
 *
 * <p>Only pairable values count: a unit with fewer than two values drops out. From the coincidence matrix
 * {@code o_ck = Σ_u (number of c-k pairs in unit u) / (m_u − 1)} (ordered pairs of values from different
 * coders, {@code m_u} the unit's number of values) and its marginals {@code n_c}, with {@code n = Σ n_c}:
 *
 * <pre>  α = 1 − (n − 1) · Σ_ck o_ck δ²_ck / Σ_ck n_c n_k δ²_ck</pre>
 *
 * The cells of the coincidence matrix are summed into the observed disagreement unit by unit rather than
 * stored, so memory stays linear in the number of distinct values (interval data may have many).
 *
 * <p>Undefined, never an exception, when nothing is pairable or the pairable values do not vary (the
 * expected disagreement is 0, where Krippendorff's alpha is 0/0).
 */
public final class KrippendorffAlpha {

    /** How far apart two values are: the difference function δ² of Krippendorff (2011). */
    public enum Metric {
        /** δ² = 0 when equal, else 1. */
        NOMINAL,
        /**
         * δ²_ck = (Σ_{g=c..k} n_g − (n_c + n_k) / 2)²: only the order of the values counts, and the
         * distance between two ranks grows with how many pairable values lie between them.
         */
        ORDINAL,
        /** δ² = (c − k)². */
        INTERVAL,
        /** δ² = ((c − k) / (c + k))², for values of zero or more (0 where both are 0). */
        RATIO
    }

    private KrippendorffAlpha() {
    }

    /**
     * Alpha over numeric values.
     *
     * @param data   values as {@code [coder][unit]}, every coder with the same number of units;
     *               {@link Double#NaN} is a missing value. No value may be infinite, nor negative under
     *               {@link Metric#RATIO}.
     * @param metric the difference function
     * @return alpha, or undefined when no unit is pairable or the pairable values do not vary
     * @throws IllegalArgumentException when rows differ in length or a value breaks the rules above
     */
    public static Statistic alpha(double[][] data, Metric metric) {
        Objects.requireNonNull(metric, "metric");
        List<Map<Double, Long>> units = new ArrayList<>();
        for (double[] unit : pairableUnits(data, metric)) {
            Map<Double, Long> counts = new HashMap<>();
            for (double v : unit) {
                counts.merge(v, 1L, Long::sum);
            }
            units.add(counts);
        }
        return alphaOfCounts(units, metric);
    }

    /**
     * Alpha from how often each value occurs in each unit: all alpha needs, since which coder gave a value does not
     * enter it. Memory grows with the units and their distinct values, not with the coders, so that a unit may have
     * hundreds of thousands of values.
     *
     * @param units  per unit, each value with how many coders gave it (a count of 0 is no value); a unit with fewer
     *               than two values drops out. No value may be infinite or NaN, nor negative under {@link Metric#RATIO}.
     * @param metric the difference function
     * @return alpha, or undefined when no unit is pairable or the pairable values do not vary
     */
    public static Statistic alphaOfCounts(List<? extends Map<Double, Long>> units, Metric metric) {
        Objects.requireNonNull(metric, "metric");
        List<Map<Double, Long>> pairable = new ArrayList<>();
        for (Map<Double, Long> unit : units) {
            for (double v : unit.keySet()) {
                if (Double.isInfinite(v) || Double.isNaN(v)) {
                    throw new IllegalArgumentException("a value is infinite or NaN");
                }
                if (metric == Metric.RATIO && v < 0) {
                    throw new IllegalArgumentException("the ratio metric needs values of zero or more, found " + v);
                }
            }
            if (unit.values().stream().mapToLong(Long::longValue).sum() >= 2) {
                pairable.add(unit);
            }
        }
        if (pairable.isEmpty()) {
            return Statistic.undefined("fewer than two pairable values: no unit has values from two coders");
        }
        return new Coincidences(pairable, metric).alpha();
    }

    /**
     * Nominal alpha from how often each label occurs in each unit ({@link #alphaOfCounts}); null labels are not
     * values.
     */
    public static Statistic alphaNominalOfCounts(List<? extends Map<String, Long>> units) {
        Map<String, Double> number = new HashMap<>();
        List<Map<Double, Long>> numbered = new ArrayList<>();
        for (Map<String, Long> unit : units) {
            Map<Double, Long> counts = new HashMap<>();
            unit.forEach((label, count) -> {
                if (label != null) {
                    counts.merge(number.computeIfAbsent(label, l -> (double) number.size()), count, Long::sum);
                }
            });
            numbered.add(counts);
        }
        return alphaOfCounts(numbered, Metric.NOMINAL);
    }

    /**
     * Alpha over categorical labels: each label is replaced by its rank in {@code order} (1 for the
     * first), then {@link #alpha(double[][], Metric)} applies. Under {@link Metric#NOMINAL} the order does
     * not matter; under {@link Metric#ORDINAL} it is the order of the categories (only their order counts);
     * the interval and ratio metrics take the ranks as equally spaced numbers.
     *
     * @param data   labels as {@code [coder][unit]}, every coder with the same number of units; null is a
     *               missing value
     * @param metric the difference function
     * @param order  every label that occurs, each once, in rank order
     * @throws IllegalArgumentException when a label is not in {@code order}, {@code order} repeats a
     *                                  label, or rows differ in length
     */
    public static Statistic alpha(List<List<String>> data, Metric metric, List<String> order) {
        Map<String, Integer> rank = new HashMap<>();
        for (String label : order) {
            if (rank.putIfAbsent(Objects.requireNonNull(label, "label in order"), rank.size() + 1) != null) {
                throw new IllegalArgumentException("the order names label '" + label + "' twice");
            }
        }
        double[][] ranks = new double[data.size()][];
        for (int coder = 0; coder < data.size(); coder++) {
            List<String> labels = data.get(coder);
            ranks[coder] = new double[labels.size()];
            for (int unit = 0; unit < labels.size(); unit++) {
                String label = labels.get(unit);
                if (label == null) {
                    ranks[coder][unit] = Double.NaN;
                } else {
                    Integer r = rank.get(label);
                    if (r == null) {
                        throw new IllegalArgumentException("label '" + label + "' is not in the given order");
                    }
                    ranks[coder][unit] = r;
                }
            }
        }
        return alpha(ranks, metric);
    }

    /**
     * Nominal alpha over categorical labels, whatever they are: {@link #alpha(List, Metric, List)} with the
     * labels that occur as the order.
     *
     * @param data labels as {@code [coder][unit]}; null is a missing value
     */
    public static Statistic alphaNominal(List<List<String>> data) {
        TreeSet<String> labels = new TreeSet<>();
        data.forEach(row -> row.stream().filter(Objects::nonNull).forEach(labels::add));
        return alpha(data, Metric.NOMINAL, List.copyOf(labels));
    }

    /** The values of each unit that has at least two, after checking the input. */
    private static List<double[]> pairableUnits(double[][] data, Metric metric) {
        Objects.requireNonNull(data, "data");
        int unitCount = data.length == 0 ? 0 : Objects.requireNonNull(data[0], "coder row").length;
        for (double[] row : data) {
            if (Objects.requireNonNull(row, "coder row").length != unitCount) {
                throw new IllegalArgumentException("every coder needs the same number of units, "
                        + unitCount + " and " + row.length + " found");
            }
            for (double v : row) {
                if (Double.isInfinite(v)) {
                    throw new IllegalArgumentException("a value is infinite");
                }
                if (metric == Metric.RATIO && v < 0) {
                    throw new IllegalArgumentException("the ratio metric needs values of zero or more, found " + v);
                }
            }
        }
        List<double[]> units = new ArrayList<>();
        for (int unit = 0; unit < unitCount; unit++) {
            double[] values = new double[data.length];
            int m = 0;
            for (double[] row : data) {
                if (!Double.isNaN(row[unit])) {
                    values[m++] = row[unit] + 0.0; // folds -0.0 into 0.0: one value, not two
                }
            }
            if (m >= 2) {
                units.add(Arrays.copyOf(values, m));
            }
        }
        return units;
    }

    /** The coincidence matrix's marginals and its observed and expected disagreements. */
    private static final class Coincidences {
        /** Per pairable unit: the indexes into values of its distinct values, and how often each occurs. */
        private final List<int[]> unitValues = new ArrayList<>();
        private final List<long[]> unitCounts = new ArrayList<>();
        private final Metric metric;
        private final double[] values;
        /** n_c: how many pairable values equal values[c]. */
        private final long[] marginals;
        /** cumulative[c] = n_0 + ... + n_(c-1), for the ordinal metric. */
        private final long[] cumulative;
        private final long total;

        Coincidences(List<Map<Double, Long>> units, Metric metric) {
            this.metric = metric;
            // + 0.0 folds -0.0 into 0.0: one value, not two
            this.values = units.stream().flatMap(u -> u.keySet().stream()).mapToDouble(v -> v + 0.0).sorted().distinct().toArray();
            this.marginals = new long[values.length];
            for (Map<Double, Long> unit : units) {
                Map<Integer, Long> byIndex = new TreeMap<>();
                unit.forEach((v, count) -> byIndex.merge(Arrays.binarySearch(values, v + 0.0), count, Long::sum));
                byIndex.values().removeIf(count -> count == 0);
                unitValues.add(byIndex.keySet().stream().mapToInt(Integer::intValue).toArray());
                unitCounts.add(byIndex.values().stream().mapToLong(Long::longValue).toArray());
                byIndex.forEach((c, count) -> marginals[c] += count);
            }
            this.cumulative = new long[values.length + 1];
            for (int c = 0; c < values.length; c++) {
                cumulative[c + 1] = cumulative[c] + marginals[c];
            }
            this.total = cumulative[values.length];
        }

        Statistic alpha() {
            double expected = 0;
            for (int c = 0; c < values.length; c++) {
                for (int k = c + 1; k < values.length; k++) {
                    expected += 2.0 * marginals[c] * marginals[k] * delta2(c, k);
                }
            }
            if (expected == 0) {
                return Statistic.undefined("no variation: expected disagreement is 0");
            }
            return Statistic.ofFinite(1 - (total - 1) * observed() / expected,
                    "values too large to compute alpha in double precision");
        }

        /** Σ_ck o_ck δ²_ck, accumulated one unit's coincidences at a time: n_uc · n_uk pairs of each two values. */
        private double observed() {
            double sum = 0;
            for (int u = 0; u < unitValues.size(); u++) {
                int[] index = unitValues.get(u);
                long[] count = unitCounts.get(u);
                long m = Arrays.stream(count).sum();
                double unitSum = 0;
                for (int i = 0; i < index.length; i++) {
                    for (int j = i + 1; j < index.length; j++) {
                        unitSum += 2.0 * count[i] * count[j] * delta2(index[i], index[j]);
                    }
                }
                sum += unitSum / (m - 1);
            }
            return sum;
        }

        /** δ² between values[c] and values[k], c < k. */
        private double delta2(int c, int k) {
            return switch (metric) {
                case NOMINAL -> 1;
                case ORDINAL -> square(cumulative[k + 1] - cumulative[c] - (marginals[c] + marginals[k]) / 2.0);
                case INTERVAL -> square(values[c] - values[k]);
                case RATIO -> square((values[c] - values[k]) / (values[c] + values[k]));
            };
        }

        private static double square(double x) {
            return x * x;
        }
    }
}
