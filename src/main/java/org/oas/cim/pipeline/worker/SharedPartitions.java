package org.oas.cim.pipeline.worker;

import org.oas.cim.pipeline.schedule.LockBusyException;
import org.oas.cim.pipeline.schedule.LockHolder;
import org.oas.cim.pipeline.schedule.PipelineLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;

import java.util.List;

/**
 * The file partitions of a run that several processes share, through the database. Spring Batch has saved every
 * partition's step execution before any runs; whoever takes the lock named after a partition ({@code
 * ingest-file:file-12}) runs it, so that a file is read by one process at a time, and a partition is taken only while
 * it has not ended. A process that dies mid-file leaves its partition running with a lock nobody renews: the next to
 * take the lock runs it on, from the file's last stored record. While a run shares its partitions its leader holds
 * {@code shared-ingest:<execution id>}: the workers look for those locks.
 */
public class SharedPartitions {
    private static final Logger log = LoggerFactory.getLogger(SharedPartitions.class);
    private static final String SHARED_PREFIX = "shared-ingest:";

    private final Step step;
    private final JobRepository jobRepository;
    private final PipelineLock lock;
    private final PartitionStore store;

    public SharedPartitions(Step step, JobRepository jobRepository, PipelineLock lock, PartitionStore store) {
        this.step = step;
        this.jobRepository = jobRepository;
        this.lock = lock;
        this.store = store;
    }

    /** Offers the partitions of a job execution to the workers until the lease is closed. */
    PipelineLock.Lease share(long jobExecutionId) {
        return lock.acquire(List.of(SHARED_PREFIX + jobExecutionId));
    }

    /** The job executions whose leaders, alive, share their partitions now, oldest first. */
    List<Long> shared() {
        return lock.holders().stream().filter(LockHolder::live).map(LockHolder::name).filter(name -> name.startsWith(SHARED_PREFIX))
                .map(name -> Long.parseLong(name.substring(SHARED_PREFIX.length()))).sorted().toList();
    }

    /** Whether the job execution runs on: it has not ended and is not being stopped. */
    boolean running(long jobExecutionId) {
        return store.running(jobExecutionId);
    }

    /** Whether every partition of the job execution has ended, whoever ran it. */
    boolean allEnded(long jobExecutionId) {
        return store.unended(jobExecutionId, step.getName()).isEmpty();
    }

    /**
     * Runs one partition of the job execution that has not ended and that no live process runs; whether one ran. Nothing
     * new starts once the execution is being stopped: its next run takes the partitions left.
     */
    boolean runOne(long jobExecutionId) {
        if (!store.running(jobExecutionId)) {
            return false;
        }
        for (PartitionStore.Partition partition : store.unended(jobExecutionId, step.getName())) {
            if (runIfFree(partition)) {
                return true;
            }
        }
        return false;
    }

    private boolean runIfFree(PartitionStore.Partition partition) {
        PipelineLock.Lease lease;
        try {
            lease = lock.acquire(List.of(partition.name()));
        } catch (LockBusyException busy) {
            return false;
        }
        try (lease) {
            // Read again under the lock: the process that held it may have ended the partition meanwhile.
            StepExecution current = jobRepository.getStepExecution(partition.stepExecutionId());
            if (current == null || !current.getStatus().isRunning()) {
                return false;
            }
            if (current.getStatus() != BatchStatus.STARTING) {
                log.warn("Taking over {} of execution {}: the process that ran it is gone", partition.name(),
                        current.getJobExecutionId());
            }
            log.info("Running {} of execution {}", partition.name(), current.getJobExecutionId());
            step.execute(current);
            return true;
        } catch (JobInterruptedException stopped) {
            log.info("{} of execution {} stopped: {}", partition.name(), partition.stepExecutionId(), stopped.getMessage());
            return true;
        }
    }
}
