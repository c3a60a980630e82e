package org.oas.cim.pipeline.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.oas.cim.pipeline.stats.Quantiles.Summary;

/** reference-values.md's quantile example and verification.md's worked example P6. */
class QuantilesTest {

    private static final double[] REFERENCE = {50, 75, 100, 300, 300, 120, 80, 1000, 60, 250};
    private static final double[] P6 = {150, 300, 250, 500, 80, 120};

    @Test
    void firstQuartileIsR7Not71_25Legacy() {
        assertThat(Quantiles.quantile(REFERENCE, 0.25).value()).isCloseTo(76.25, within(1e-9));
    }

    @Test
    void referenceMedianMadAndScaledMad() {
        assertThat(Quantiles.median(REFERENCE).value()).isCloseTo(110, within(1e-9));
        assertThat(Quantiles.mad(REFERENCE).value()).isCloseTo(55, within(1e-9));
        assertThat(Quantiles.scaledMad(REFERENCE).value()).isCloseTo(81.543, within(5e-4));
    }

    @Test
    void referenceOutliersAreTheValuesBeyondThreeScaledMads() {
        // |x − 110| > 3 × 81.543 = 244.629: only 1000.
        assertThat(Quantiles.outlierCount(REFERENCE)).isEqualTo(1);
        // k = 2 lowers the limit to 163.086, which both 300s (190 away) pass.
        assertThat(Quantiles.outlierCount(REFERENCE, 2)).isEqualTo(3);
    }

    @Test
    void workedExampleP6Summary() {
        Summary s = Quantiles.summarize(P6);
        assertThat(s.n()).isEqualTo(6);
        assertThat(s.median().value()).isCloseTo(200, within(1e-9));
        assertThat(s.q1().value()).isCloseTo(127.5, within(1e-9));
        assertThat(s.q3().value()).isCloseTo(287.5, within(1e-9));
        assertThat(s.mad().value()).isCloseTo(90, within(1e-9));
        assertThat(s.scaledMad().value()).isCloseTo(133.43, within(5e-3));
        assertThat(s.outliers()).isZero();
    }

    @Test
    void missingValuesAreIgnored() {
        double[] withGaps = {Double.NaN, 150, 300, 250, Double.NaN, 500, 80, 120};
        assertThat(Quantiles.summarize(withGaps)).isEqualTo(Quantiles.summarize(P6));
    }

    @Test
    void quantileEndsAreMinimumAndMaximum() {
        assertThat(Quantiles.quantile(P6, 0).value()).isEqualTo(80.0);
        assertThat(Quantiles.quantile(P6, 1).value()).isEqualTo(500.0);
    }

    @Test
    void noValuesIsUndefinedWithNoOutliers() {
        for (double[] none : new double[][] {{}, {Double.NaN, Double.NaN}}) {
            Summary s = Quantiles.summarize(none);
            assertThat(s.n()).isZero();
            assertThat(s.median().undefinedReason()).isEqualTo("no values");
            assertThat(s.q1().isDefined()).isFalse();
            assertThat(s.q3().isDefined()).isFalse();
            assertThat(s.mad().isDefined()).isFalse();
            assertThat(s.scaledMad().isDefined()).isFalse();
            assertThat(s.outliers()).isZero();
            assertThat(Quantiles.outlierCount(none, 1)).isZero();
        }
    }

    @Test
    void zeroMadMeansNoOutliers() {
        double[] mostlyEqual = {5, 5, 5, 5, 1000};
        assertThat(Quantiles.mad(mostlyEqual).value()).isEqualTo(0.0);
        assertThat(Quantiles.outlierCount(mostlyEqual)).isZero();
    }

    @Test
    void oneValueIsItsOwnMedianWithZeroMad() {
        Summary s = Quantiles.summarize(new double[] {42});
        assertThat(s.median().value()).isEqualTo(42.0);
        assertThat(s.q1().value()).isEqualTo(42.0);
        assertThat(s.mad().value()).isEqualTo(0.0);
        assertThat(s.outliers()).isZero();
    }

    @Test
    void valuesTooLargeToInterpolateAreUndefined() {
        assertThat(Quantiles.median(new double[] {-Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE}).isDefined())
                .isTrue();
        assertThat(Quantiles.mad(new double[] {-Double.MAX_VALUE, Double.MAX_VALUE}).undefinedReason())
                .contains("too large");
    }

    @Test
    void outOfRangeArgumentsAreRefused() {
        assertThatThrownBy(() -> Quantiles.quantile(P6, 1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Quantiles.quantile(P6, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Quantiles.outlierCount(P6, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Quantiles.median(new double[] {1, Double.NEGATIVE_INFINITY}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
