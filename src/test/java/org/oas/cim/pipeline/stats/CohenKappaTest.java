package org.oas.cim.pipeline.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.oas.cim.pipeline.stats.CohenKappa.Result;
import org.oas.cim.pipeline.stats.CohenKappa.Weights;

/** Published examples from reference-values.md, and the degenerate cases. */
class CohenKappaTest {

    private static final long[][] THREE_BY_THREE = {{0, 4, 1}, {0, 8, 0}, {0, 1, 5}};

    @Test
    void twoByTwoIs0_348() {
        Result r = CohenKappa.fromTable(new long[][] {{20, 20}, {10, 50}}, Weights.NONE);
        assertThat(r.kappa().value()).isCloseTo(0.348, within(5e-4));
        assertThat(r.observedAgreement().value()).isCloseTo(0.70, within(1e-12));
        assertThat(r.expectedAgreement().value()).isCloseTo(0.54, within(1e-12));
        assertThat(r.n()).isEqualTo(100);
    }

    @Test
    void threeByThreeIs0_4842WithStandardError0_1380() {
        Result r = CohenKappa.fromTable(THREE_BY_THREE, Weights.NONE);
        assertThat(r.kappa().value()).isCloseTo(0.4842, within(5e-5));
        assertThat(r.standardError().value()).isCloseTo(0.1380, within(5e-5));
        assertThat(r.n()).isEqualTo(19);
    }

    @Test
    void threeByThreeWithLinearWeightsIs0_4701() {
        assertThat(CohenKappa.fromTable(THREE_BY_THREE, Weights.LINEAR).kappa().value())
                .isCloseTo(0.4701, within(5e-5));
    }

    @Test
    void threeByThreeWithQuadraticWeightsByHand() {
        // As 1 − observed / expected disagreement with weights (i − j)² / 4, over n = 19 and marginals
        // rows (5, 8, 6), columns (0, 13, 6): observed 4/4 + 1 + 1/4 = 2.25 out of 19; expected
        // (5·13/4 + 5·6 + 8·6/4 + 6·13/4) = 77.75 out of 361; kappa = 1 − 2.25·19 / 77.75 = 35 / 77.75.
        assertThat(CohenKappa.fromTable(THREE_BY_THREE, Weights.QUADRATIC).kappa().value())
                .isCloseTo(35 / 77.75, within(1e-12));
    }

    @Test
    void withTwoCategoriesEveryWeightingIsPlainKappa() {
        long[][] table = {{20, 20}, {10, 50}};
        Result plain = CohenKappa.fromTable(table, Weights.NONE);
        assertThat(CohenKappa.fromTable(table, Weights.LINEAR)).isEqualTo(plain);
        assertThat(CohenKappa.fromTable(table, Weights.QUADRATIC)).isEqualTo(plain);
    }

    @Test
    void labelsGiveTheSameAsTheirTableAndDropPairsWithAMissingSide() {
        List<String> rater1 = Arrays.asList("yes", "yes", "no", null, "no", "yes", "no");
        List<String> rater2 = Arrays.asList("yes", "no", "no", "yes", null, "yes", "yes");
        // pairs kept: (yes,yes) (yes,no) (no,no) (yes,yes) (no,yes); categories sorted: no, yes
        Result fromLabels = CohenKappa.fromLabels(rater1, rater2);
        assertThat(fromLabels).isEqualTo(CohenKappa.fromTable(new long[][] {{1, 1}, {1, 2}}, Weights.NONE));
        assertThat(fromLabels.n()).isEqualTo(5);
    }

    @Test
    void labelsUseTheGivenCategoryOrderForWeights() {
        List<String> rater1 = List.of("low", "low", "mid", "high", "high", "mid");
        List<String> rater2 = List.of("low", "mid", "mid", "high", "mid", "low");
        Result r = CohenKappa.fromLabels(rater1, rater2, List.of("low", "mid", "high"), Weights.LINEAR);
        assertThat(r).isEqualTo(CohenKappa.fromTable(new long[][] {{1, 1, 0}, {1, 1, 0}, {0, 1, 1}}, Weights.LINEAR));
    }

    @Test
    void noPairsIsUndefined() {
        Result empty = CohenKappa.fromTable(new long[][] {{0, 0}, {0, 0}}, Weights.NONE);
        assertThat(empty.kappa().undefinedReason()).isEqualTo("no item rated by both raters");
        assertThat(empty.standardError().isDefined()).isFalse();
        assertThat(empty.observedAgreement().isDefined()).isFalse();
        assertThat(empty.n()).isZero();
        assertThat(CohenKappa.fromTable(new long[0][0], Weights.LINEAR).kappa().isDefined()).isFalse();
        assertThat(CohenKappa.fromLabels(Arrays.asList("yes", null), Arrays.asList(null, "no")).kappa().isDefined())
                .isFalse();
    }

    @Test
    void bothRatersInOneCategoryIsUndefinedNoVariation() {
        for (Weights weights : Weights.values()) {
            Result r = CohenKappa.fromTable(new long[][] {{0, 0}, {0, 7}}, weights);
            assertThat(r.kappa().undefinedReason()).isEqualTo("no variation: expected agreement is 1");
            assertThat(r.standardError().isDefined()).isFalse();
            assertThat(r.observedAgreement().value()).isEqualTo(1.0);
            assertThat(r.n()).isEqualTo(7);
        }
    }

    @Test
    void perfectAgreementWithVariationIsOneWithNoError() {
        Result r = CohenKappa.fromTable(new long[][] {{3, 0}, {0, 5}}, Weights.NONE);
        assertThat(r.kappa().value()).isCloseTo(1.0, within(1e-12));
        assertThat(r.standardError().value()).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void malformedInputIsRefused() {
        assertThatThrownBy(() -> CohenKappa.fromTable(new long[][] {{1, 2}}, Weights.NONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CohenKappa.fromTable(new long[][] {{1, -2}, {0, 1}}, Weights.NONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CohenKappa.fromLabels(List.of("a"), List.of("a", "b")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CohenKappa.fromLabels(List.of("a"), List.of("c"), List.of("a", "b"), Weights.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'c'");
    }
}
