package org.oas.cim.pipeline.analysis;

import org.oas.cim.pipeline.study.Phase;
import org.oas.cim.pipeline.study.Study;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A partition per phase the run publishes: every phase of the study, or the one the run names. */
class PhasePartitioner implements Partitioner {
    static final String PHASE_ID = "phaseId";

    private final Study study;
    private final String requested;

    /** @param requested a phase id, or {@link RunJobConfiguration#ALL_PHASES} */
    PhasePartitioner(Study study, String requested) {
        this.study = study;
        this.requested = requested;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (Phase phase : phases()) {
            ExecutionContext context = new ExecutionContext();
            context.putString(PHASE_ID, phase.id());
            partitions.put(phase.id(), context);
        }
        return partitions;
    }

    private List<Phase> phases() {
        if (RunJobConfiguration.ALL_PHASES.equals(requested)) {
            return study.phases();
        }
        return List.of(study.phase(requested)
                .orElseThrow(() -> new IllegalArgumentException("no phase " + requested + " in jobs/phases.yml")));
    }
}
