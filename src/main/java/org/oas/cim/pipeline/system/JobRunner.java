package org.oas.cim.pipeline.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Launches a job the way an operator expects: an execution that failed, was stopped, or was cut short by
 * a crash is restarted where it stopped before anything new starts; a run whose parameters already
 * completed is not run twice.
 */
@Component
public class JobRunner {
    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;

    public JobRunner(JobOperator jobOperator, JobRepository jobRepository) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
    }

    /** The outcome: the execution that ran, or the completed one these parameters already had. */
    public record Outcome(JobExecution execution, boolean alreadyComplete, boolean restarted) {
    }

    public Outcome run(Job job, JobParameters parameters) throws Exception {
        Optional<JobExecution> unfinished = lastUnfinished(job.getName());
        if (unfinished.isPresent()) {
            JobExecution previous = unfinished.get();
            if (previous.getStatus().isRunning()) {
                // A crash left it STARTED: only one process works on a home at a time, so nobody runs it now.
                log.warn("Execution {} of {} was interrupted; marking it failed and restarting it", previous.getId(), job.getName());
                previous = jobOperator.recover(previous);
            }
            log.info("Restarting execution {} of {}", previous.getId(), job.getName());
            return new Outcome(jobOperator.restart(previous), false, true);
        }
        try {
            return new Outcome(jobOperator.start(job, parameters), false, false);
        } catch (JobInstanceAlreadyCompleteException e) {
            JobInstance instance = jobRepository.getJobInstance(job.getName(), parameters);
            return new Outcome(jobRepository.getLastJobExecution(instance), true, false);
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
}
