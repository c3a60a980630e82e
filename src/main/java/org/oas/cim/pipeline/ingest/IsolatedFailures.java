package org.oas.cim.pipeline.ingest;

import org.springframework.batch.core.partition.StepExecutionAggregator;
import org.springframework.batch.core.partition.support.DefaultStepExecutionAggregator;
import org.springframework.batch.core.step.StepExecution;

import java.util.Collection;

/**
 * The ingest step's view of its partitions: a partition that failed but rejected its file alone (marked here by
 * {@link FileRecordReader}) is that file's verdict, not the step's failure; any other failure still fails the step,
 * and with it the run.
 */
final class IsolatedFailures implements StepExecutionAggregator {
    private static final String ISOLATED = "isolatedFailure";

    private final StepExecutionAggregator counts = new DefaultStepExecutionAggregator();

    /** Marks a failed partition whose file has been rejected for its failure. */
    static void mark(StepExecution partition) {
        partition.getExecutionContext().putString(ISOLATED, "true");
    }

    static boolean isolated(StepExecution partition) {
        return partition.getExecutionContext().containsKey(ISOLATED);
    }

    @Override
    public void aggregate(StepExecution result, Collection<StepExecution> partitions) {
        counts.aggregate(result, partitions.stream().filter(p -> !isolated(p)).toList());
    }
}
