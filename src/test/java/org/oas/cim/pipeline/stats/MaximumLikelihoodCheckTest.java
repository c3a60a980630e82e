package org.oas.cim.pipeline.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.oas.cim.pipeline.stats.MaximumLikelihoodCheck.Verdict;

/**
 * The cases of Chan, Silverman and Vincent (2019, Table 2; SparseMSE's {@code Artificial_3}): three lists
 * A, B, C where only A and B overlap. With AB in the model the estimate is at infinity; with all three
 * interactions (AC and BC fitted as minus infinity, leaving 4 cells for 5 parameters) it is not identifiable;
 * main effects, AC, BC or both pass.
 */
class MaximumLikelihoodCheckTest {
    private static final CaptureHistories ONLY_A_AND_B_OVERLAP =
            CaptureHistories.parse(List.of("A", "B", "C"), "100:10 010:20 001:30 110:5");
    private static final ListPair AB = new ListPair(0, 1);
    private static final ListPair AC = new ListPair(0, 2);
    private static final ListPair BC = new ListPair(1, 2);

    private static Verdict check(ListPair... interactions) {
        return MaximumLikelihoodCheck.check(new LogLinearModel(ONLY_A_AND_B_OVERLAP, List.of(interactions)));
    }

    @Test
    void mainEffectsAndTheEmptyOverlapsPass() {
        assertThat(check()).isEqualTo(Verdict.ESTIMABLE);
        assertThat(check(AC)).isEqualTo(Verdict.ESTIMABLE);
        assertThat(check(BC)).isEqualTo(Verdict.ESTIMABLE);
        assertThat(check(AC, BC)).isEqualTo(Verdict.ESTIMABLE);
    }

    @Test
    void withABTheEstimateIsNotFinite() {
        assertThat(check(AB)).isEqualTo(Verdict.NOT_FINITE);
        assertThat(check(AB, AC)).isEqualTo(Verdict.NOT_FINITE);
        assertThat(check(AB, BC)).isEqualTo(Verdict.NOT_FINITE);
    }

    @Test
    void withEveryInteractionItIsNotIdentifiable() {
        assertThat(check(AB, AC, BC)).isEqualTo(Verdict.NOT_IDENTIFIABLE);
    }

    @Test
    void everyoneOnOneListLeavesTheIndependenceModelWithoutAFiniteEstimate() {
        CaptureHistories allOnB = CaptureHistories.parse(List.of("A", "B", "C"), "110:2 011:1");
        assertThat(MaximumLikelihoodCheck.check(LogLinearModel.independence(allOnB))).isEqualTo(Verdict.NOT_FINITE);
    }

    @Test
    void theUkTableUnderItsChosenModelPasses() {
        List<String> lists = UkTable.LISTS;
        List<ListPair> chosen = UkTable.table().pairs().stream()
                .filter(pair -> List.of("PF:NCA", "LA:NG", "NG:GP", "LA:PF", "PF:GP", "GO:GP", "NG:GO")
                        .contains(pair.label(lists)))
                .toList();
        assertThat(chosen).hasSize(7);
        assertThat(MaximumLikelihoodCheck.check(new LogLinearModel(UkTable.table(), chosen))).isEqualTo(Verdict.ESTIMABLE);
    }
}
