package org.oas.cim.pipeline.schedule;

import org.oas.cim.pipeline.study.Study;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The recent executions of every job, newest first, as {@code status} shows them. */
@Component
public class ExecutionHistory {
    private static final int LONGEST_VALUE = 12;
    private static final int SHORTENED_VALUE = 8;
    private static final int LONGEST_MESSAGE = 60;

    private final JobRepository jobRepository;
    private final PipelineLock lock;
    private final Study study;

    public ExecutionHistory(JobRepository jobRepository, PipelineLock lock, Study study) {
        this.jobRepository = jobRepository;
        this.lock = lock;
        this.study = study;
    }

    /**
     * One execution.
     *
     * @param parameters  its identifying parameters, {@code name=value} in name order, long values (the snapshot) shortened
     * @param status      as the job repository has it, but STOPPING while a stopped execution's step still runs
     * @param orphaned    left running by a process that is gone (none of its locks is held): the next run or serve resumes it
     * @param end         null while it runs
     * @param read        items read by all its steps
     * @param written     items written by all its steps
     * @param skipped     items skipped by all its steps
     * @param exitMessage the first line of its exit description, shortened; empty when there is none
     */
    public record Entry(long id, String job, String parameters, BatchStatus status, boolean orphaned, LocalDateTime start,
                        LocalDateTime end, long read, long written, long skipped, String exitCode, String exitMessage) {

        /** Until its end, or until {@code now} while it runs; null before it started. */
        public Duration duration(LocalDateTime now) {
            return start == null ? null : Duration.between(start, end == null ? now : end);
        }
    }

    /** The {@code limit} most recent executions, newest first. */
    public List<Entry> recent(int limit) {
        List<JobExecution> executions = new ArrayList<>();
        for (String job : jobRepository.getJobNames()) {
            // Every instance has at least one execution, so the newest executions lie in the newest instances.
            for (JobInstance instance : jobRepository.getJobInstances(job, 0, limit)) {
                executions.addAll(jobRepository.getJobExecutions(instance));
            }
        }
        Set<String> liveLocks = lock.holders().stream().filter(LockHolder::live).map(LockHolder::name).collect(Collectors.toSet());
        return executions.stream()
                .sorted(Comparator.comparingLong(JobExecution::getId).reversed())
                .limit(limit)
                .map(execution -> entry(execution, liveLocks))
                .toList();
    }

    private Entry entry(JobExecution execution, Set<String> liveLocks) {
        boolean active = ExecutionControl.active(execution);
        boolean orphaned = active && LockNames.of(execution.getJobParameters(), study).stream().noneMatch(liveLocks::contains);
        // Spring Batch marks a stopped execution STOPPED at once; it is still stopping while a step runs.
        BatchStatus status = active && execution.getStatus() == BatchStatus.STOPPED ? BatchStatus.STOPPING : execution.getStatus();
        long read = 0;
        long written = 0;
        long skipped = 0;
        for (StepExecution step : execution.getStepExecutions()) {
            read += step.getReadCount();
            written += step.getWriteCount();
            skipped += step.getSkipCount();
        }
        return new Entry(execution.getId(), execution.getJobInstance().getJobName(), parameters(execution), status, orphaned,
                execution.getStartTime(), execution.getEndTime(), read, written, skipped, execution.getExitStatus().getExitCode(),
                firstLine(execution.getExitStatus().getExitDescription()));
    }

    private static String parameters(JobExecution execution) {
        return execution.getJobParameters().getIdentifyingParameters().stream()
                .sorted(Comparator.comparing(JobParameter::name))
                .map(p -> p.name() + "=" + shorten(String.valueOf(p.value())))
                .collect(Collectors.joining(" "));
    }

    private static String shorten(String value) {
        return value.length() > LONGEST_VALUE ? value.substring(0, SHORTENED_VALUE) + ".." : value;
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > LONGEST_MESSAGE ? line.substring(0, LONGEST_MESSAGE - 2) + ".." : line;
    }
}
