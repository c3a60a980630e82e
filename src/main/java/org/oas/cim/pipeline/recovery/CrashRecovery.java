package org.oas.cim.pipeline.recovery;

import org.oas.cim.pipeline.inbox.ClaimedFile;
import org.oas.cim.pipeline.inbox.Recovery;
import org.oas.cim.pipeline.ingest.InputFileStore;
import org.oas.cim.pipeline.publish.PhasePublisher;
import org.oas.cim.pipeline.schedule.LockNames;
import org.oas.cim.pipeline.study.Phase;
import org.oas.cim.pipeline.study.Study;
import org.oas.cim.pipeline.system.HomeFolder;
import org.oas.cim.pipeline.system.PipelineProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Brings what a crash can leave back to a state the next job takes, before that job is launched: a job instance
 * without an execution, an execution or a step execution without its context (each deleted: nothing of it ran), an
 * execution left running or unknown by a process that is gone (marked FAILED: the job resumes it), a phase folder
 * left half-published (put back to its last complete publication). Files a crash left in processing/ are taken
 * up by the ingest's claim step, and a migration cut short by {@link CrashSafeMigration}; {@link #inspect} lists
 * them too, for {@code status}.
 */
@Component
public class CrashRecovery {
    private static final Logger log = LoggerFactory.getLogger(CrashRecovery.class);

    private final RecoveryStore store;
    private final JobRepository jobRepository;
    private final JobOperator jobOperator;
    private final InputFileStore inputFiles;
    private final HomeFolder home;
    private final Set<String> phaseIds;

    public CrashRecovery(RecoveryStore store, JobRepository jobRepository, JobOperator jobOperator, InputFileStore inputFiles,
                         PipelineProperties properties, Study study) {
        this.store = store;
        this.jobRepository = jobRepository;
        this.jobOperator = jobOperator;
        this.inputFiles = inputFiles;
        this.home = properties.homeFolder();
        this.phaseIds = study.phases().stream().map(Phase::id).collect(Collectors.toSet());
    }

    /**
     * One state a crash left.
     *
     * @param state  what was found, in an operator's words
     * @param repair what the next run does with it (or, after {@link #repair}, did)
     */
    public record Finding(String state, String repair) {
        @Override
        public String toString() {
            return state + ": " + repair;
        }
    }

    /**
     * Repairs every state a crash left, logging one line for each. Only under the {@code ingest} lock: every job holds
     * it from before its instance is created until it ends, so whatever the job repository holds unended then belongs
     * to a process that is gone. A half-published phase is only repaired under its own lock too.
     *
     * @param heldLocks the locks this process holds; nothing is repaired without {@link LockNames#INGEST}
     */
    public List<Finding> repair(Collection<String> heldLocks) {
        if (!heldLocks.contains(LockNames.INGEST)) {
            return List.of();
        }
        List<Finding> repaired = new ArrayList<>();
        for (RecoveryStore.BatchRow execution : store.executionsWithoutContext()) {
            store.deleteExecution(execution.id());
            repaired.add(new Finding("execution " + execution.id() + " of " + execution.job() + " without its context",
                    "deleted: it had not begun"));
        }
        for (RecoveryStore.BatchRow step : store.stepExecutionsWithoutContext()) {
            store.deleteStepExecution(step.id());
            repaired.add(new Finding("step execution " + step.id() + " (" + step.job() + ") without its context",
                    "deleted: the step runs again"));
        }
        for (RecoveryStore.BatchRow instance : store.instancesWithoutExecution()) {
            store.deleteInstanceWithoutExecution(instance.id());
            repaired.add(new Finding("job instance " + instance.id() + " of " + instance.job() + " without an execution",
                    "deleted: the run starts afresh"));
        }
        for (long id : store.executionsLeftUnended()) {
            JobExecution execution = jobRepository.getJobExecution(id);
            BatchStatus was = execution.getStatus();
            markFailed(execution);
            repaired.add(new Finding("execution " + id + " of " + execution.getJobInstance().getJobName() + " left " + was
                    + " by a process that is gone", "marked FAILED: the next run of that job resumes it"));
        }
        for (RecoveryStore.StepRow step : store.stepsLeftRunningUnderEndedExecutions()) {
            markFailed(jobRepository.getJobExecution(step.jobExecutionId()).getStepExecutions().stream()
                    .filter(s -> s.getId() == step.id()).findFirst().orElseThrow(), LocalDateTime.now());
            repaired.add(new Finding(stepLeftRunning(step), "marked FAILED: the next run of that job runs the step again"));
        }
        try {
            for (String phase : PhasePublisher.halfPublished(home.out())) {
                if (heldLocks.contains(LockNames.phase(phase))) {
                    PhasePublisher.repairHalfPublished(home.out(), phase);
                    repaired.add(new Finding("phase " + phase + " half-published", "put back to its last complete publication"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot repair the published folders in " + home.out(), e);
        }
        repaired.forEach(finding -> log.warn("Repaired after a crash: {}", finding));
        return repaired;
    }

    /**
     * What a crash left and what the next run will do with it, without changing anything. Executions left running are
     * not listed: {@code status} marks them already, and they may be a live process's.
     */
    public List<Finding> inspect() {
        List<Finding> found = new ArrayList<>();
        store.executionsWithoutContext().forEach(e -> found.add(new Finding("execution " + e.id() + " of " + e.job()
                + " without its context", "the next run deletes it (it had not begun)")));
        store.stepExecutionsWithoutContext().forEach(s -> found.add(new Finding("step execution " + s.id() + " (" + s.job()
                + ") without its context", "the next run deletes it and runs the step again")));
        store.instancesWithoutExecution().forEach(i -> found.add(new Finding("job instance " + i.id() + " of " + i.job()
                + " without an execution", "the next run deletes it and starts afresh")));
        for (long id : store.executionsLeftUnended()) {
            JobExecution execution = jobRepository.getJobExecution(id);
            if (execution.getStatus() == BatchStatus.UNKNOWN) {
                found.add(new Finding("execution " + id + " of " + execution.getJobInstance().getJobName() + " left UNKNOWN",
                        "the next run marks it FAILED and resumes it"));
            }
        }
        store.stepsLeftRunningUnderEndedExecutions().forEach(step -> found.add(new Finding(stepLeftRunning(step),
                "the next run marks it FAILED and runs the step again")));
        try {
            PhasePublisher.halfPublished(home.out()).forEach(phase -> found.add(new Finding("phase " + phase + " half-published",
                    "the next run puts it back to its last complete publication, then publishes it anew")));
            for (ClaimedFile file : new Recovery(home.processing(), phaseIds).leftInProcessing()) {
                found.add(new Finding("processing/" + file.relativePath(), inputFiles.unplacedAt(file.relativePath()).isPresent()
                        ? "the next run goes on ingesting it where it stopped"
                        : "not registered: the next run registers it again and ingests it"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + home.root(), e);
        }
        return found;
    }

    private void markFailed(JobExecution execution) {
        if (execution.getStatus().isRunning()) {
            jobOperator.recover(execution);
            return;
        }
        // UNKNOWN, which recover leaves as it is.
        LocalDateTime now = LocalDateTime.now();
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus().isRunning() || step.getStatus() == BatchStatus.UNKNOWN) {
                markFailed(step, now);
            }
        }
        execution.setStatus(BatchStatus.FAILED);
        execution.setEndTime(now);
        jobRepository.update(execution);
    }

    private void markFailed(StepExecution step, LocalDateTime now) {
        step.setStatus(BatchStatus.FAILED);
        step.setEndTime(now);
        jobRepository.update(step);
    }

    private static String stepLeftRunning(RecoveryStore.StepRow step) {
        return "step execution " + step.id() + " (" + step.step() + ") left " + step.status() + " under execution "
                + step.jobExecutionId() + ", which ended";
    }
}
