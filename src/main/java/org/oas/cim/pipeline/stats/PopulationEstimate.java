package org.oas.cim.pipeline.stats;

import java.util.List;
import java.util.Locale;

/**
 * How many people there are, seen and unseen, from one table of capture histories: the row of
 * estimation.md's {@code population_estimates} without its phase, country and year. Either the estimate
 * and its interval are all present, or none is and {@link #note()} says why; a number is never NaN or infinite.
 *
 * @param lists        the lists' names
 * @param observed     the people on at least one list
 * @param model        the interactions chosen ({@code PF:NCA}), in the order they were added; empty for Chapman
 * @param estimate     the estimated population, seen and unseen, or null
 * @param low          the 95 % interval's lower end, or null
 * @param high         the 95 % interval's upper end, or null
 * @param independence the main-effects model's estimate, for comparison (log-linear only), or null
 * @param method       how it was estimated, or null when there was nothing to estimate with
 * @param note         why there is no estimate, or null when there is one
 */
public record PopulationEstimate(List<String> lists, long observed, List<String> model, Double estimate, Double low,
                                 Double high, Double independence, Method method, Note note) {

    /** The estimators of estimation.md, by the codes the {@code method} column holds. */
    public enum Method {
        CHAPMAN, LOGLINEAR_STEPWISE;

        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** Why a table has no estimate, by the codes the {@code note} column holds. */
    public enum Note {
        /** No one is on any list. */
        NO_PEOPLE,
        /** One list alone says nothing about who it missed. */
        SINGLE_LIST,
        /** A list shares no one with any other list, so nothing links what it saw to what the others saw. */
        LIST_WITHOUT_OVERLAP,
        /** Even the independence model has no finite, identifiable maximum likelihood estimate on this table. */
        NOT_ESTIMABLE,
        /** The fit did not converge to finite numbers. */
        FIT_FAILED;

        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public PopulationEstimate {
        lists = List.copyOf(lists);
        model = List.copyOf(model);
        boolean estimated = estimate != null;
        if (estimated == (note != null) || (low != null) != estimated || (high != null) != estimated) {
            throw new IllegalArgumentException("an estimate comes with its interval and no note, or not at all and with a note");
        }
        for (Double value : new Double[] {estimate, low, high, independence}) {
            if (value != null && !Double.isFinite(value)) {
                throw new IllegalArgumentException("an estimate must be finite, was " + value);
            }
        }
    }

    /** No estimate, and why. */
    static PopulationEstimate none(CaptureHistories table, Method method, Note note) {
        return new PopulationEstimate(table.lists(), table.observed(), List.of(), null, null, null, null, method, note);
    }

    public boolean isEstimated() {
        return estimate != null;
    }
}
