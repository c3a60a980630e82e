package org.oas.cim.pipeline.worker;

import org.oas.cim.pipeline.schedule.PipelineLock;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.partition.support.AbstractPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.core.task.TaskExecutor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

/**
 * The leader's side of a shared ingest step: offers the step's partitions to the workers, runs as many of them side by
 * side as its own threads allow, and returns once every partition has ended, whoever ran it. The steps after it
 * (decide, place, publish) thus run once, in the leader, after all the files.
 */
public class SharedPartitionHandler extends AbstractPartitionHandler {
    private final SharedPartitions partitions;
    private final JobRepository jobRepository;
    private final TaskExecutor executor;
    private final Duration poll;

    public SharedPartitionHandler(SharedPartitions partitions, JobRepository jobRepository, TaskExecutor executor, int threads,
                                  Duration poll) {
        this.partitions = partitions;
        this.jobRepository = jobRepository;
        this.executor = executor;
        this.poll = poll;
        setGridSize(threads);
    }

    @Override
    protected Set<StepExecution> doHandle(StepExecution manager, Set<StepExecution> partitionExecutions) throws Exception {
        if (partitionExecutions.isEmpty()) {
            return partitionExecutions;
        }
        long jobExecutionId = manager.getJobExecutionId();
        try (PipelineLock.Lease shared = this.partitions.share(jobExecutionId)) {
            List<CompletableFuture<Void>> drains = new ArrayList<>();
            for (int thread = 0; thread < gridSize; thread++) {
                drains.add(CompletableFuture.runAsync(() -> drain(jobExecutionId), executor));
            }
            CompletableFuture.allOf(drains.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
        if (!partitions.allEnded(jobExecutionId)) {
            // Stopped with files left: the step ends STOPPED, and the next run of the job takes them.
            throw new JobInterruptedException("stopped before every file was read", BatchStatus.STOPPED);
        }
        // As the repository has them: a worker's partition ended in its own copy of the step execution.
        return partitionExecutions.stream().map(p -> jobRepository.getStepExecution(p.getId())).collect(Collectors.toSet());
    }

    /**
     * Runs partitions until none is left to start, then waits for those the workers run; once the job is being stopped,
     * returns at once (a worker's partition stops at its next chunk too, and a file is never read by two at once).
     */
    private void drain(long jobExecutionId) {
        while (partitions.running(jobExecutionId) && !partitions.allEnded(jobExecutionId)) {
            if (!partitions.runOne(jobExecutionId)) {
                try {
                    Thread.sleep(poll.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while the workers ran the files of execution " + jobExecutionId, e);
                }
            }
        }
    }
}
