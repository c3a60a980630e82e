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
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Set;

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

    /**
     * @param execution as it was when {@link #stop} returned
     * @param ended     no process runs it any more (false: it was still stopping when the wait ran out)
     */
    public record Stop(StopResult result, JobExecution execution, boolean ended) {
    }

    public JobExecution find(long id) throws NoSuchJobExecutionException {
        return find(jobRepository, id);
    }

    /** The execution, with a message for the operator where there is none with that id. */
    public static JobExecution find(JobRepository jobRepository, long id) throws NoSuchJobExecutionException {
        JobExecution execution;
        try {
            execution = jobRepository.getJobExecution(id);
        } catch (EmptyResultDataAccessException none) {
            execution = null;
        }
        if (execution == null) {
            throw new NoSuchJobExecutionException("There is no execution " + id + " in this database; `status` lists them.");
        }
        return execution;
    }

    /**
     * Still at work, or left so by a crash: the execution is running, or it was stopped and one of its steps still
     * runs (where the step does not take stop requests itself, it runs on to its next chunk or to its end).
     */
    public static boolean active(JobExecution execution) {
        BatchStatus status = execution.getStatus();
        return status.isRunning()
                || status == BatchStatus.STOPPED && execution.getStepExecutions().stream().anyMatch(s -> s.getStatus().isRunning());
    }

    /**
     * Asks the process running the execution to stop it, and waits at most {@code wait} for that process to let go
     * of it; an execution no live process runs is marked FAILED instead.
     */
    public Stop stop(long id, Duration wait) throws NoSuchJobExecutionException, ExecutionStateException, InterruptedException {
        JobExecution execution = find(id);
        if (!active(execution)) {
            throw new ExecutionStateException("Execution " + id + " is " + execution.getStatus()
                    + ": only a running execution can be stopped.");
        }
        Set<String> locks = LockNames.of(execution.getJobParameters(), study);
        try (PipelineLock.Lease lease = lock.acquire(locks)) {
            // Nobody else holds its locks: the process that ran it is gone.
            JobExecution current = find(id);
            if (!active(current)) {
                throw new ExecutionStateException("Execution " + id + " ended before it could be stopped: " + current.getStatus() + ".");
            }
            return new Stop(StopResult.RECOVERED, recover(current), true);
        } catch (LockBusyException running) {
            OffsetDateTime asked = lock.now();
            BatchStatus status = execution.getStatus();
            if (status == BatchStatus.STARTING || status == BatchStatus.STARTED) {
                try {
                    jobOperator.stop(execution);
                    log.info("Asked execution {} to stop", id);
                } catch (JobExecutionNotRunningException stoppedMeanwhile) {
                    log.debug("Execution {} was stopped meanwhile", id);
                }
            }
            boolean ended = awaitRelease(locks, asked, wait);
            return new Stop(StopResult.STOP_REQUESTED, find(id), ended);
        }
    }

    /**
     * Waits until none of {@code locks} is held by a lease taken before {@code asked}: the job a lease launched ends
     * before the lease is given back. (Spring Batch marks a stopped execution STOPPED at once, so its status cannot
     * tell.)
     */
    private boolean awaitRelease(Set<String> locks, OffsetDateTime asked, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (lock.holders().stream().anyMatch(h -> h.live() && locks.contains(h.name()) && h.acquiredAt().isBefore(asked))) {
            if (System.nanoTime() - deadline >= 0) {
                return false;
            }
            Thread.sleep(POLL.toMillis());
        }
        return true;
    }

    /**
     * Marks an execution that will not be restarted: {@code run} and {@code serve} no longer resume it. Files it had
     * claimed stay registered, and the next run ingests them.
     */
    public JobExecution abandon(long id) throws NoSuchJobExecutionException, ExecutionStateException {
        JobExecution execution = find(id);
        BatchStatus status = execution.getStatus();
        if (status == BatchStatus.COMPLETED || status == BatchStatus.ABANDONED) {
            throw new ExecutionStateException("Execution " + id + " is " + status
                    + ": only a failed or stopped execution can be abandoned.");
        }
        if (active(execution)) {
            try (PipelineLock.Lease lease = lock.acquire(LockNames.of(execution.getJobParameters(), study))) {
                return abandonNow(recover(find(id)));
            } catch (LockBusyException running) {
                throw new ExecutionStateException("Execution " + id + " is running (" + running.holder().owner()
                        + "): stop it first (`stop " + id + "`), and abandon it once it has stopped.");
            }
        }
        return abandonNow(execution);
    }

    private JobExecution recover(JobExecution execution) {
        if (!active(execution)) {
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
            throw new ExecutionStateException("Execution " + execution.getId() + " is " + execution.getStatus()
                    + " and cannot be abandoned.");
        }
    }
}
