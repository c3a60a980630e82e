package org.oas.cim.pipeline.schedule;

import org.oas.cim.pipeline.study.Phase;
import org.oas.cim.pipeline.study.Study;
import org.springframework.batch.core.job.parameters.JobParameters;

import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The locks a job execution needs, read from its parameters. Every job of the pipeline starts by claiming
 * the inbox, whose files belong to any phase, so each takes {@code ingest}; a job that verifies and publishes
 * takes {@code phase:<id>} for each phase its {@code phase} parameter names ({@code all}: every phase).
 */
public final class LockNames {
    public static final String INGEST = "ingest";
    public static final String PHASE_PREFIX = "phase:";
    public static final String ALL_PHASES = "all";

    private LockNames() {
    }

    public static String phase(String phaseId) {
        return PHASE_PREFIX + phaseId;
    }

    /** In name order, the order they are taken in. */
    public static SortedSet<String> of(JobParameters parameters, Study study) {
        SortedSet<String> names = new TreeSet<>();
        names.add(INGEST);
        String phase = parameters.getString("phase");
        if (ALL_PHASES.equals(phase)) {
            study.phases().stream().map(Phase::id).map(LockNames::phase).forEach(names::add);
        } else if (phase != null) {
            names.add(phase(phase));
        }
        return names;
    }
}
