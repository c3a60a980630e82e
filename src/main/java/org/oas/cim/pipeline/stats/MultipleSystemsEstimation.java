package org.oas.cim.pipeline.stats;

import java.util.List;
import java.util.Optional;

import org.oas.cim.pipeline.stats.PopulationEstimate.Method;
import org.oas.cim.pipeline.stats.PopulationEstimate.Note;

/**
 * The estimate estimation.md fixes for one table of capture histories: Chapman's for two lists, the
 * stepwise log-linear model for three or more, and an empty estimate with a note where the lists cannot
 * say how many they missed.
 */
public final class MultipleSystemsEstimation {

    private MultipleSystemsEstimation() {
    }

    /** @param threshold the stepwise rule's p-value threshold (see {@link StepwiseSelection}) */
    public static PopulationEstimate estimate(CaptureHistories table, double threshold) {
        int t = table.listCount();
        Method method = t < 2 ? null : t == 2 ? Method.CHAPMAN : Method.LOGLINEAR_STEPWISE;
        if (table.observed() == 0) {
            return PopulationEstimate.none(table, method, Note.NO_PEOPLE);
        }
        if (t == 1) {
            return PopulationEstimate.none(table, null, Note.SINGLE_LIST);
        }
        if (hasListWithoutOverlap(table)) {
            return PopulationEstimate.none(table, method, Note.LIST_WITHOUT_OVERLAP);
        }
        return t == 2 ? chapman(table) : stepwise(table, threshold);
    }

    private static boolean hasListWithoutOverlap(CaptureHistories table) {
        for (int list = 0; list < table.listCount(); list++) {
            int one = list;
            if (table.pairs().stream().filter(pair -> pair.first() == one || pair.second() == one)
                    .allMatch(pair -> table.overlap(pair) == 0)) {
                return true;
            }
        }
        return false;
    }

    private static PopulationEstimate chapman(CaptureHistories table) {
        ListPair both = new ListPair(0, 1);
        Optional<Chapman.Result> result = Chapman.estimate(table.onList(0), table.onList(1), table.overlap(both));
        if (result.isEmpty()) {
            return PopulationEstimate.none(table, Method.CHAPMAN, Note.LIST_WITHOUT_OVERLAP);
        }
        Chapman.Result r = result.get();
        return new PopulationEstimate(table.lists(), table.observed(), List.of(), r.estimate(), r.low(), r.high(),
                null, Method.CHAPMAN, null);
    }

    private static PopulationEstimate stepwise(CaptureHistories table, double threshold) {
        Optional<StepwiseSelection.Selection> selection = StepwiseSelection.select(table, threshold);
        if (selection.isEmpty()) {
            return PopulationEstimate.none(table, Method.LOGLINEAR_STEPWISE, Note.NOT_ESTIMABLE);
        }
        LogLinearFit chosen = selection.get().chosen();
        double independence = selection.get().independence().estimate();
        if (!Double.isFinite(chosen.low()) || !Double.isFinite(chosen.high()) || !Double.isFinite(independence)) {
            return PopulationEstimate.none(table, Method.LOGLINEAR_STEPWISE, Note.FIT_FAILED);
        }
        List<String> model = selection.get().steps().stream().map(step -> step.pair().label(table.lists())).toList();
        return new PopulationEstimate(table.lists(), table.observed(), model, chosen.estimate(), chosen.low(),
                chosen.high(), independence, Method.LOGLINEAR_STEPWISE, null);
    }
}
