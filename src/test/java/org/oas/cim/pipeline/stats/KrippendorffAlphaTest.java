package org.oas.cim.pipeline.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.oas.cim.pipeline.stats.KrippendorffAlpha.Metric;

/** Published examples from Krippendorff (2011), reference-values.md, and the degenerate cases. */
class KrippendorffAlphaTest {

    private static final double M = Double.NaN;

    /** Section C: 4 observers, 12 units, unit 12 with a single value. */
    private static final double[][] SECTION_C = {
            {1, 2, 3, 3, 2, 1, 4, 1, 2, M, M, M},
            {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, M, 3},
            {M, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, M},
            {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, M},
    };

    @Test
    void sectionCNominalIs0_7434211() {
        assertAlpha(KrippendorffAlpha.alpha(SECTION_C, Metric.NOMINAL), 0.7434211);
    }

    @Test
    void sectionCOrdinalIs0_8153875() {
        assertAlpha(KrippendorffAlpha.alpha(SECTION_C, Metric.ORDINAL), 0.8153875);
    }

    @Test
    void sectionCIntervalIs0_8491071() {
        assertAlpha(KrippendorffAlpha.alpha(SECTION_C, Metric.INTERVAL), 0.8491071);
    }

    @Test
    void sectionCRatioIs0_7974028() {
        assertAlpha(KrippendorffAlpha.alpha(SECTION_C, Metric.RATIO), 0.7974028);
    }

    @Test
    void sectionABinaryMaryAndBenIs0_0952381() {
        double[][] maryBen = {
                {0, 1, 0, 0, 0, 0, 0, 0, 1, 0},
                {1, 1, 1, 0, 0, 1, 0, 0, 0, 0},
        };
        assertAlpha(KrippendorffAlpha.alpha(maryBen, Metric.NOMINAL), 0.0952381);
    }

    @Test
    void aUnitWithOneValueDropsOut() {
        double[][] withoutUnit12 = Arrays.stream(SECTION_C).map(row -> Arrays.copyOf(row, 11))
                .toArray(double[][]::new);
        assertThat(KrippendorffAlpha.alpha(withoutUnit12, Metric.NOMINAL))
                .isEqualTo(KrippendorffAlpha.alpha(SECTION_C, Metric.NOMINAL));
    }

    @Test
    void labelsRankedByTheGivenOrderMatchTheNumericSectionC() {
        List<String> order = List.of("one", "two", "three", "four", "five");
        List<List<String>> labels = new ArrayList<>();
        for (double[] row : SECTION_C) {
            labels.add(Arrays.stream(row).mapToObj(v -> Double.isNaN(v) ? null : order.get((int) v - 1)).toList());
        }
        assertAlpha(KrippendorffAlpha.alpha(labels, Metric.ORDINAL, order), 0.8153875);
        assertAlpha(KrippendorffAlpha.alpha(labels, Metric.NOMINAL, order), 0.7434211);
        assertAlpha(KrippendorffAlpha.alphaNominal(labels), 0.7434211);
    }

    @Test
    void ordinalLabelsFollowTheGivenOrderNotTheAlphabet() {
        List<List<String>> labels = List.of(
                List.of("often", "rarely", "sometimes", "often"),
                List.of("often", "sometimes", "rarely", "sometimes"));
        Statistic byMeaning = KrippendorffAlpha.alpha(labels, Metric.ORDINAL, List.of("rarely", "sometimes", "often"));
        Statistic alphabetical = KrippendorffAlpha.alpha(labels, Metric.ORDINAL, List.of("often", "rarely", "sometimes"));
        assertThat(byMeaning.value()).isNotCloseTo(alphabetical.value(), within(1e-3));
    }

    @Test
    void aLabelOutsideTheOrderIsRefused() {
        List<List<String>> labels = List.of(List.of("yes", "no"), List.of("yes", "maybe"));
        assertThatThrownBy(() -> KrippendorffAlpha.alpha(labels, Metric.NOMINAL, List.of("yes", "no")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maybe");
    }

    @Test
    void noCodersNoUnitsOrOneCoderIsUndefinedNotPairable() {
        assertUndefined(KrippendorffAlpha.alpha(new double[0][0], Metric.NOMINAL), "fewer than two pairable values");
        assertUndefined(KrippendorffAlpha.alpha(new double[3][0], Metric.NOMINAL), "fewer than two pairable values");
        assertUndefined(KrippendorffAlpha.alpha(new double[][] {{1, 2, 3}}, Metric.INTERVAL),
                "fewer than two pairable values");
        assertUndefined(KrippendorffAlpha.alphaNominal(List.of()), "fewer than two pairable values");
    }

    @Test
    void allMissingOrNeverTwoValuesInAUnitIsUndefined() {
        assertUndefined(KrippendorffAlpha.alpha(new double[][] {{M, M}, {M, M}}, Metric.ORDINAL),
                "fewer than two pairable values");
        assertUndefined(KrippendorffAlpha.alpha(new double[][] {{1, M}, {M, 2}}, Metric.NOMINAL),
                "fewer than two pairable values");
    }

    @Test
    void oneValueEverywhereIsUndefinedNoVariation() {
        for (Metric metric : Metric.values()) {
            assertUndefined(KrippendorffAlpha.alpha(new double[][] {{3, 3, M}, {3, 3, 4}}, metric),
                    "no variation: expected disagreement is 0");
        }
    }

    @Test
    void zeroAndNegativeZeroAreOneValue() {
        assertUndefined(KrippendorffAlpha.alpha(new double[][] {{0.0, -0.0}, {-0.0, 0.0}}, Metric.RATIO),
                "no variation: expected disagreement is 0");
    }

    @Test
    void valuesTooLargeForDoublesAreUndefinedNotNan() {
        Statistic s = KrippendorffAlpha.alpha(new double[][] {{1e200, -1e200}, {-1e200, 1e200}}, Metric.INTERVAL);
        assertUndefined(s, "too large");
    }

    @Test
    void ratioRefusesNegativeValuesAndRaggedRowsAreRefused() {
        assertThatThrownBy(() -> KrippendorffAlpha.alpha(new double[][] {{1, -1}, {1, 2}}, Metric.RATIO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KrippendorffAlpha.alpha(new double[][] {{1, 2}, {1}}, Metric.NOMINAL))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KrippendorffAlpha.alpha(new double[][] {{1, Double.POSITIVE_INFINITY}, {1, 2}},
                Metric.INTERVAL)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertAlpha(Statistic alpha, double published) {
        assertThat(alpha.isDefined()).as(alpha.undefinedReason()).isTrue();
        assertThat(alpha.value()).isCloseTo(published, within(5e-8));
    }

    private static void assertUndefined(Statistic s, String reason) {
        assertThat(s.isDefined()).isFalse();
        assertThat(s.undefinedReason()).contains(reason);
    }
}
