package org.oas.cim.pipeline.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.oas.cim.pipeline.stats.PopulationEstimate.Method;
import org.oas.cim.pipeline.stats.PopulationEstimate.Note;

/** estimation.md's published UK 2013 figures (SparseMSE 2.0.1), and every case that has no estimate. */
class MultipleSystemsEstimationTest {

    @Test
    void ukTwoThousandThirteenIs11418Between9977And13146() {
        PopulationEstimate uk = MultipleSystemsEstimation.estimate(UkTable.table(), 0.02);
        assertThat(uk.method()).isEqualTo(Method.LOGLINEAR_STEPWISE);
        assertThat(uk.observed()).isEqualTo(2744);
        assertThat(uk.model()).containsExactly("PF:NCA", "LA:NG", "NG:GP", "LA:PF", "PF:GP", "GO:GP", "NG:GO");
        assertThat(Math.round(uk.estimate())).isEqualTo(11_418);
        assertThat(Math.round(uk.low())).isEqualTo(9_977);
        assertThat(Math.round(uk.high())).isEqualTo(13_146);
        assertThat(uk.estimate()).isCloseTo(11_417.99, within(0.005));
        assertThat(uk.low()).isCloseTo(9_977.28, within(0.005));
        assertThat(uk.high()).isCloseTo(13_145.66, within(0.005));
        assertThat(uk.note()).isNull();
    }

    @Test
    void ukTwoThousandThirteenUnderIndependenceIs12214() {
        PopulationEstimate uk = MultipleSystemsEstimation.estimate(UkTable.table(), 0.02);
        assertThat(Math.round(uk.independence())).isEqualTo(12_214);
        assertThat(uk.independence()).isCloseTo(12_213.995, within(0.0005));
    }

    @Test
    void oneListHasNoEstimate() {
        PopulationEstimate one = MultipleSystemsEstimation.estimate(CaptureHistories.parse(List.of("police"), "1:12"), 0.02);
        assertNone(one, Note.SINGLE_LIST);
        assertThat(one.observed()).isEqualTo(12);
        assertThat(one.method()).isNull();
    }

    @Test
    void twoListsWithNoOneInCommonHaveNoEstimate() {
        PopulationEstimate apart = MultipleSystemsEstimation.estimate(
                CaptureHistories.parse(List.of("police", "shelter"), "10:30 01:12"), 0.02);
        assertNone(apart, Note.LIST_WITHOUT_OVERLAP);
        assertThat(apart.method()).isEqualTo(Method.CHAPMAN);
        assertThat(apart.observed()).isEqualTo(42);
    }

    @Test
    void twoListsAreChapman() {
        PopulationEstimate pair = MultipleSystemsEstimation.estimate(
                CaptureHistories.parse(List.of("police", "shelter"), "10:80 01:80 11:20"), 0.02);
        assertThat(pair.method()).isEqualTo(Method.CHAPMAN);
        assertThat(pair.estimate()).isCloseTo(484.7619, within(5e-5));
        assertThat(pair.model()).isEmpty();
        assertThat(pair.independence()).isNull();
    }

    @Test
    void aListThatSharesNoOneAmongThreeHasNoEstimate() {
        assertNone(MultipleSystemsEstimation.estimate(
                CaptureHistories.parse(List.of("A", "B", "C"), "100:10 010:20 001:30 110:5"), 0.02),
                Note.LIST_WITHOUT_OVERLAP);
    }

    @Test
    void aTableWhoseIndependenceModelHasNoFiniteEstimateHasNoEstimate() {
        // Everyone is on B: nothing says how many B missed.
        assertNone(MultipleSystemsEstimation.estimate(
                CaptureHistories.parse(List.of("A", "B", "C"), "110:2 011:1"), 0.02), Note.NOT_ESTIMABLE);
    }

    @Test
    void aCountryYearOfThreePeopleOnSeparateListsOrAllOnEveryListHasNoEstimate() {
        List<String> lists = List.of("A", "B", "C");
        assertNone(MultipleSystemsEstimation.estimate(CaptureHistories.parse(lists, "100:1 010:1 001:1"), 0.02),
                Note.LIST_WITHOUT_OVERLAP);
        assertNone(MultipleSystemsEstimation.estimate(CaptureHistories.parse(lists, "111:3"), 0.02),
                Note.NOT_ESTIMABLE);
    }

    @Test
    void threePeopleEachOnTwoListsGiveAFiniteEstimateAsRsGlmDoes() {
        // estimation.md sets no minimum of people: here the independence model exists, and R's
        // glm(n ~ A + B + C, family = poisson, control = glm.control(epsilon = 1e-14)) on the 7 cells gives
        // 3 + exp(−1.866264) = 3.154701, interval 3.005751 to 7.161489 (se(β0) = 1.679693).
        PopulationEstimate three = MultipleSystemsEstimation.estimate(
                CaptureHistories.parse(List.of("A", "B", "C"), "110:1 011:1 101:1"), 0.02);
        assertThat(three.model()).isEmpty();
        assertThat(three.estimate()).isCloseTo(3.154701, within(5e-6));
        assertThat(three.low()).isCloseTo(3.005751, within(5e-6));
        assertThat(three.high()).isCloseTo(7.161489, within(5e-6));
    }

    @Test
    void noOneOnAnyListHasNoEstimate() {
        assertNone(MultipleSystemsEstimation.estimate(CaptureHistories.parse(List.of("A", "B", "C"), "111:0"), 0.02),
                Note.NO_PEOPLE);
    }

    private static void assertNone(PopulationEstimate none, Note note) {
        assertThat(none.note()).isEqualTo(note);
        assertThat(none.isEstimated()).isFalse();
        assertThat(none.estimate()).isNull();
        assertThat(none.low()).isNull();
        assertThat(none.high()).isNull();
        assertThat(none.independence()).isNull();
    }
}
