package org.oas.cim.pipeline.launch;

import org.oas.cim.pipeline.recovery.CrashRecovery;
import org.oas.cim.pipeline.schedule.ExecutionControl;
import org.oas.cim.pipeline.schedule.ExecutionStateException;
import org.oas.cim.pipeline.schedule.LockBusyException;
import org.oas.cim.pipeline.schedule.LockNames;
import org.oas.cim.pipeline.schedule.PipelineLock;
import org.oas.cim.pipeline.study.Study;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Optional;

/**
 * Launches a job the way an operator expects: under the database locks of the phases it touches, so that two
 * processes never run one phase at once; an execution that failed, was stopped, or was cut short by a crash is
 * restarted where it stopped before anything new starts; a run whose parameters already completed is not run
 * twice. An execution left running is only taken for crashed once its locks are free, that is once no live
 * process runs it. Under those locks, whatever else a crash left is repaired first ({@link CrashRecovery}).
 */
@Component
public class JobRunner {
    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);
    private static final long STOP_POLL_MILLIS = 200;

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final PipelineLock lock;
    private final Study study;
    private final CrashRecovery recovery;
    private final Object guard = new Object();
    private Launch current;
    private boolean shuttingDown;

    public JobRunner(JobOperator jobOperator, JobRepository jobRepository, PipelineLock lock, Study study, CrashRecovery recovery) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.lock = lock;
        this.study = study;
        this.recovery = recovery;
    }

    /** The outcome: the execution that ran, or the completed one these parameters already had. */
    public record Outcome(JobExecution execution, boolean alreadyComplete, boolean restarted) {
    }

    /**
     * Runs {@code job} with {@code parameters}, or first resumes the job's last execution where it did not complete
     * (then {@link Outcome#restarted()} is set and these parameters are still to run).
     *
     * @throws LockBusyException where another live process runs one of the phases, or the ingest: nothing was run
     */
    public Outcome run(Job job, JobParameters parameters) throws Exception {
        try (PipelineLock.Lease lease = lock.acquire(LockNames.of(parameters, study))) {
            recovery.repair(lease.names());
            Optional<JobExecution> unfinished = lastUnfinished(job.getName());
            if (unfinished.isPresent()) {
                return new Outcome(resume(lease, unfinished.get()), false, true);
            }
            try {
                return new Outcome(launch(parameters, () -> jobOperator.start(job, parameters)), false, false);
            } catch (JobInstanceAlreadyCompleteException e) {
                JobInstance instance = jobRepository.getJobInstance(job.getName(), parameters);
                return new Outcome(jobRepository.getLastJobExecution(instance), true, false);
            }
        }
    }

    /**
     * Resumes the job's last execution where it did not complete (failed, stopped, or left running by a crashed
     * process), as {@code serve} does when it starts.
     *
     * @return empty where the last execution completed or was abandoned
     * @throws LockBusyException where another live process holds its locks
     */
    public Optional<Outcome> resumeUnfinished(Job job) throws Exception {
        Optional<JobExecution> unfinished = lastUnfinished(job.getName());
        if (unfinished.isEmpty()) {
            return Optional.empty();
        }
        try (PipelineLock.Lease lease = lock.acquire(LockNames.of(unfinished.get().getJobParameters(), study))) {
            recovery.repair(lease.names());
            // Read again under the lock: another process may have resumed it meanwhile.
            Optional<JobExecution> still = lastUnfinished(job.getName());
            return still.isEmpty() ? Optional.empty() : Optional.of(new Outcome(resume(lease, still.get()), false, true));
        }
    }

    /**
     * Restarts the job instance of execution {@code executionId}: its last execution must have failed, been stopped,
     * or been left running by a process that is gone.
     *
     * @throws org.springframework.batch.core.launch.NoSuchJobExecutionException where there is no such execution
     * @throws ExecutionStateException where that instance completed or was abandoned
     * @throws LockBusyException       where another live process holds its locks (it may be running it)
     */
    public Outcome restart(long executionId) throws Exception {
        JobExecution given = ExecutionControl.find(jobRepository, executionId);
        try (PipelineLock.Lease lease = lock.acquire(LockNames.of(given.getJobParameters(), study))) {
            recovery.repair(lease.names());
            JobExecution last = jobRepository.getLastJobExecution(given.getJobInstance());
            BatchStatus status = last.getStatus();
            if (status == BatchStatus.COMPLETED || status == BatchStatus.ABANDONED) {
                String which = last.getId() == executionId ? "Execution " + executionId : "Its run, in execution " + last.getId() + ",";
                throw new ExecutionStateException(which + " is " + status + ": only a failed or stopped execution can be restarted.");
            }
            return new Outcome(resume(lease, last), false, true);
        }
    }

    /**
     * Stops taking new jobs, asks the job this process is running to stop (it ends STOPPED at its next chunk or
     * step, restartable), and waits for it at most {@code timeout}.
     *
     * @return whether no job of this process is running any more
     */
    public boolean shutdown(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (guard) {
            shuttingDown = true;
            while (current != null) {
                // Again each round: the execution may not have been created yet when asked the first time.
                requestStop(current.parameters());
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                guard.wait(Math.min(STOP_POLL_MILLIS, Math.max(1, left / 1_000_000)));
            }
            return true;
        }
    }

    private JobExecution resume(PipelineLock.Lease lease, JobExecution previous) throws Exception {
        lease.widen(LockNames.of(previous.getJobParameters(), study));
        JobExecution restartable = previous;
        if (ExecutionControl.active(previous)) {
            // This process holds its locks, so the process that ran it is gone (a crash, kill -9, power loss).
            log.warn("Execution {} of {} was interrupted; marking it failed and restarting it", previous.getId(),
                    previous.getJobInstance().getJobName());
            restartable = jobOperator.recover(previous);
        }
        log.info("Restarting execution {} of {}", restartable.getId(), restartable.getJobInstance().getJobName());
        JobExecution toRestart = restartable;
        return launch(toRestart.getJobParameters(), () -> jobOperator.restart(toRestart));
    }

    private JobExecution launch(JobParameters parameters, JobCall call) throws Exception {
        synchronized (guard) {
            if (shuttingDown) {
                throw new IllegalStateException("The pipeline is shutting down: no job starts any more.");
            }
            current = new Launch(parameters);
        }
        try {
            return call.run();
        } finally {
            synchronized (guard) {
                current = null;
                guard.notifyAll();
            }
        }
    }

    private void requestStop(JobParameters parameters) {
        for (String job : jobRepository.getJobNames()) {
            for (JobExecution running : jobRepository.findRunningJobExecutions(job)) {
                // One instance never has two running executions, so these parameters single out this process's own.
                if (running.getJobParameters().equals(parameters) && running.getStatus() != BatchStatus.STOPPING) {
                    try {
                        jobOperator.stop(running);
                        log.info("Asked execution {} to stop at its next chunk or step", running.getId());
                    } catch (JobExecutionNotRunningException finished) {
                        log.debug("Execution {} ended before it could be stopped", running.getId());
                    }
                }
            }
        }
    }

    private Optional<JobExecution> lastUnfinished(String jobName) {
        JobInstance last = jobRepository.getLastJobInstance(jobName);
        if (last == null) {
            return Optional.empty();
        }
        JobExecution execution = jobRepository.getLastJobExecution(last);
        if (execution == null) {
            return Optional.empty();
        }
        BatchStatus status = execution.getStatus();
        boolean unfinished = status == BatchStatus.FAILED || status == BatchStatus.STOPPED || status.isRunning();
        return unfinished ? Optional.of(execution) : Optional.empty();
    }

    private record Launch(JobParameters parameters) {
    }

    @FunctionalInterface
    private interface JobCall {
        JobExecution run() throws Exception;
    }
}
