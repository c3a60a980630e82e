package org.oas.cim.pipeline.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.oas.cim.pipeline.stats.FleissKappa.Result;

/** The published example from reference-values.md (Fleiss 1971), and the degenerate cases. */
class FleissKappaTest {

    @Test
    void tenSubjectsFourteenRatersIs0_2099307() {
        long[][] counts = {
                {0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
                {7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7},
        };
        Result r = FleissKappa.of(counts);
        assertThat(r.kappa().value()).isCloseTo(0.2099307, within(5e-8));
        assertThat(r.observedAgreement().value()).isCloseTo(0.378022, within(5e-7));
        assertThat(r.expectedAgreement().value()).isCloseTo(0.212755, within(5e-7));
        assertThat(r.subjects()).isEqualTo(10);
        assertThat(r.raters()).isEqualTo(14);
    }

    @Test
    void differentNumbersOfRatersIsUndefined() {
        Result r = FleissKappa.of(new long[][] {{2, 1}, {1, 1}});
        assertThat(r.kappa().undefinedReason()).isEqualTo("subjects were rated by different numbers of raters");
        assertThat(r.observedAgreement().isDefined()).isFalse();
        assertThat(r.subjects()).isEqualTo(2);
        assertThat(r.raters()).isZero();
    }

    @Test
    void noSubjectsOrOneRaterIsUndefined() {
        assertThat(FleissKappa.of(new long[0][0]).kappa().undefinedReason()).isEqualTo("no subjects");
        Result oneRater = FleissKappa.of(new long[][] {{1, 0}, {0, 1}});
        assertThat(oneRater.kappa().undefinedReason()).isEqualTo("fewer than two raters per subject");
        assertThat(oneRater.raters()).isEqualTo(1);
    }

    @Test
    void allRatingsInOneCategoryIsUndefinedNoVariation() {
        Result r = FleissKappa.of(new long[][] {{0, 3}, {0, 3}});
        assertThat(r.kappa().undefinedReason()).isEqualTo("no variation: expected agreement is 1");
        assertThat(r.observedAgreement().value()).isEqualTo(1.0);
        assertThat(r.expectedAgreement().value()).isEqualTo(1.0);
    }

    @Test
    void malformedCountsAreRefused() {
        assertThatThrownBy(() -> FleissKappa.of(new long[][] {{1, 1}, {2}}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FleissKappa.of(new long[][] {{3, -1}, {1, 1}}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
