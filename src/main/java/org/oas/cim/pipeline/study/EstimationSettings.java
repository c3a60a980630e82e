package org.oas.cim.pipeline.study;

import org.oas.cim.pipeline.stats.StepwiseSelection;

/**
 * How a phase's population estimates are made (estimation.md: "configurable"), from the phase's {@code estimation:}
 * keys in {@code jobs/phases.yml}.
 *
 * @param threshold the stepwise rule's p-value threshold: an interaction enters the model only below it
 * @param poolYears one estimate per country over all its years, rather than one per country and year
 */
public record EstimationSettings(double threshold, boolean poolYears) {
    /** estimation.md's: SparseMSE's threshold, a table per country and year. */
    public static final EstimationSettings DEFAULTS = new EstimationSettings(StepwiseSelection.DEFAULT_THRESHOLD, false);

    public EstimationSettings {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("the threshold must lie above 0 and at most 1, not " + threshold);
        }
    }
}
