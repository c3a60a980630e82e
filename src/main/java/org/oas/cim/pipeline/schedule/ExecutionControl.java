package org.oas.cim.pipeline.schedule;

import org.oas.cim.pipeline.study.Study;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.NoSuchJobExecutionException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Stops and abandons executions by id, from any process. Whether the process that runs an execution is still
 * alive is read from the locks: an execution left STARTED whose locks nobody holds was cut short by a crash,
 * and is marked FAILED (recovered) instead of being waited for.
 */
@Component
public class ExecutionControl {
    private static final Logger log = LoggerFactory.getLogger(ExecutionControl.class);
    private static final Duration POLL = Duration.ofMillis(200);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final PipelineLock lock;
    private final Study study;

    public ExecutionControl(JobOperator jobOperator, JobRepository jobRepository, PipelineLock lock, Study study) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.lock = lock;
        this.study = study;
    }

    /** What {@link #stop} did. */
    public enum StopResult {
        /** Its process was asked to stop it at the next chunk or step; it ends STOPPED, restartable. */
        STOP_REQUESTED,
        /** No process was running it any more: it was marked FAILED, restartable. */
        RECOVERED
    }

    public JobExecution find(long id) throws NoSuchJobExecutionException {
        JobExecution execution = jobRepository.getJobExecution(id);
        if (execution == null) {
            throw new NoSuchJobExecutionException("There is no execution " + id + " in this database; `status` lists them.");
        }
        return execution;
    }

    public StopResult stop(long id) throws NoSuchJobExecutionException, ExecutionStateException {
        JobExecution execution = find(id);
        if (!execution.getStatus().isRunning()) {
            throw new ExecutionStateException("Execution " + id + " is " + execution.getStatus() + ": only a running execution can be stopped.");
        }
        try (PipelineLock.Lease lease = lock.acquire(LockNames.of(execution.getJobParameters(), study))) {
            // Nobody else holds its locks: the process that ran it is gone.
            JobExecution current = find(id);
            if (!current.getStatus().isRunning()) {
                throw new ExecutionStateException("Execution " + id + " ended before it could be stopped: " + current.getStatus() + ".");
            }
            recover(current);
            return StopResult.RECOVERED;
        } catch (LockBusyException running) {
            try {
                if (execution.getStatus() != BatchStatus.STOPPING) {
                    jobOperator.stop(execution);
                }
                log.info("Asked execution {} to stop", id);
                return StopResult.STOP_REQUESTED;
            } catch (JobExecutionNotRunningException finished) {
                throw new ExecutionStateException("Execution " + id + " ended before it could be stopped: " + find(id).getStatus() + ".");
            }
        }
    }

    /** Waits until the execution is no longer running, at most {@code timeout}; returns it as it then is. */
    public JobExecution awaitEnd(long id, Duration timeout) throws NoSuchJobExecutionException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        JobExecution execution = find(id);
        while (execution.getStatus().isRunning() && System.nanoTime() - deadline < 0) {
            Thread.sleep(POLL.toMillis());
            execution = find(id);
        }
        return execution;
    }

    /**
     * Marks an execution that will not be restarted: {@code run} and {@code serve} no longer resume it. Files it had
     * claimed stay registered, and the next run ingests them.
     */
    public JobExecution abandon(long id) throws NoSuchJobExecutionException, ExecutionStateException {
        JobExecution execution = find(id);
        BatchStatus status = execution.getStatus();
        if (status == BatchStatus.COMPLETED || status == BatchStatus.ABANDONED) {
            throw new ExecutionStateException("Execution " + id + " is " + status + ": only a failed or stopped execution can be abandoned.");
        }
        if (status.isRunning()) {
            try (PipelineLock.Lease lease = lock.acquire(LockNames.of(execution.getJobParameters(), study))) {
                return abandonNow(recover(find(id)));
            } catch (LockBusyException running) {
                throw new ExecutionStateException("Execution " + id + " is running (" + running.holder().owner()
                        + "): stop it first (`stop " + id + "`), then abandon it.");
            }
        }
        return abandonNow(execution);
    }

    private JobExecution recover(JobExecution execution) {
        if (!execution.getStatus().isRunning()) {
            return execution;
        }
        log.warn("Execution {} was left {} by a process that is gone; marking it FAILED", execution.getId(), execution.getStatus());
        return jobOperator.recover(execution);
    }

    private JobExecution abandonNow(JobExecution execution) throws ExecutionStateException {
        try {
            JobExecution abandoned = jobOperator.abandon(execution);
            log.info("Abandoned execution {}", execution.getId());
            return abandoned;
        } catch (JobExecutionAlreadyRunningException e) {
            throw new ExecutionStateException("Execution " + execution.getId() + " is " + execution.getStatus() + " and cannot be abandoned.");
        }
    }
}
