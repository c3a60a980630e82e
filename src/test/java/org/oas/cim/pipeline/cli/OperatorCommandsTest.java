package org.oas.cim.pipeline.cli;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oas.cim.pipeline.schedule.LockNames;
import org.oas.cim.pipeline.schedule.LockSettings;
import org.oas.cim.pipeline.schedule.LockStore;
import org.oas.cim.pipeline.schedule.PipelineLock;
import org.oas.cim.pipeline.study.Study;
import org.oas.cim.pipeline.system.PipelineContext;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operators' commands in-process through picocli, on one real home: {@code status}, {@code restart},
 * {@code stop}, {@code abandon}, and {@code run} beside a busy lock. Executions in every state are made the way
 * a process makes them (a job repository on the same database); "another process" is a second lock owner.
 */
class OperatorCommandsTest {
    @TempDir
    static Path home;

    private static ConfigurableApplicationContext context;
    private static JobRepository repository;
    private static JdbcTemplate jdbc;
    private static Study study;
    private static long completed;
    private static int snapshots;

    private record Result(int exit, String out, String err) {
    }

    @BeforeAll
    static void oneCompletedRun() {
        context = PipelineContext.start(home, Path.of("jobs"), null, Map.of());
        repository = context.getBean(JobRepository.class);
        jdbc = context.getBean(JdbcTemplate.class);
        study = context.getBean(Study.class);
        JobExecution done = execution("all", BatchStatus.STARTED);
        done.setStatus(BatchStatus.COMPLETED);
        done.setExitStatus(ExitStatus.COMPLETED);
        done.setEndTime(done.getStartTime().plusSeconds(75));
        repository.update(done);
        completed = done.getId();
    }

    @AfterAll
    static void close() {
        context.close();
    }

    @Test
    void statusListsTheExecutionsNewestFirstAndMarksOneLeftByADeadProcess() {
        JobExecution orphan = execution("phase-1", BatchStatus.STARTED);

        Result status = command("status", "--home", home.toString(), "--limit", "50");

        assertThat(status.exit()).as(status.err()).isZero();
        List<String> lines = status.out().lines().toList();
        assertThat(lines.get(0)).matches("ID +JOB +PARAMETERS +STATUS +STARTED +DURATION +READ +WRITTEN +SKIPPED +EXIT");
        assertThat(lines).anySatisfy(line -> assertThat(line)
                .matches(" *" + orphan.getId() + " +run +lang=en phase=phase-1 snapshot=test-\\d+ +STARTED\\* .*"));
        assertThat(lines).anySatisfy(line -> assertThat(line)
                .matches(" *" + completed + " +run +lang=en phase=all snapshot=0123abcd\\.\\. +COMPLETED +\\S+ \\S+ +1m 15s +0 +0 +0 +COMPLETED"));
        assertThat(lines.indexOf(lines.stream().filter(l -> l.trim().startsWith(orphan.getId() + " ")).findFirst().orElseThrow()))
                .isLessThan(lines.indexOf(lines.stream().filter(l -> l.trim().startsWith(completed + " ")).findFirst().orElseThrow()));
        assertThat(status.out()).contains("* left running by a process that is gone").contains("No lock is held: nothing runs now.");
        abandonDirectly(orphan);

        assertThat(command("status", "--home", home.toString(), "--limit", "0").exit()).isEqualTo(2);
    }

    @Test
    void restartResumesAFailedRunAndSaysWhyItCannotOtherwise() {
        Result missing = command("restart", "--home", home.toString(), "9999");
        assertThat(missing.exit()).isEqualTo(4);
        assertThat(missing.err()).contains("There is no execution 9999");

        Result done = command("restart", "--home", home.toString(), String.valueOf(completed));
        assertThat(done.exit()).isEqualTo(5);
        assertThat(done.err()).contains("Execution " + completed + " is COMPLETED: only a failed or stopped execution can be restarted.");

        JobExecution crashed = execution("phase-1", BatchStatus.STARTED);
        try (PipelineLock other = otherProcess()) {
            other.acquire(LockNames.of(crashed.getJobParameters(), study));
            Result busy = command("restart", "--home", home.toString(), String.valueOf(crashed.getId()));
            assertThat(busy.exit()).isEqualTo(3);
            assertThat(busy.err()).contains("Busy: ").contains(other.owner());
            assertThat(repository.getJobExecution(crashed.getId()).getStatus()).isEqualTo(BatchStatus.STARTED);
        }

        Result restarted = command("restart", "--home", home.toString(), String.valueOf(crashed.getId()));

        assertThat(restarted.exit()).as(restarted.err()).isZero();
        JobExecution last = repository.getLastJobExecution(crashed.getJobInstance());
        assertThat(restarted.out()).contains("Restarted the run of execution " + crashed.getId() + " as execution " + last.getId() + ".")
                .contains("Execution " + last.getId() + " of run: COMPLETED");
        assertThat(last.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(repository.getJobExecution(crashed.getId()).getStatus()).isEqualTo(BatchStatus.FAILED);
    }

    @Test
    void stopAsksALiveProcessToStopAndMarksARunLeftByADeadOneFailed() throws Exception {
        Result missing = command("stop", "--home", home.toString(), "9999");
        assertThat(missing.exit()).isEqualTo(4);
        assertThat(missing.err()).contains("There is no execution 9999");
        Result done = command("stop", "--home", home.toString(), String.valueOf(completed));
        assertThat(done.exit()).isEqualTo(5);
        assertThat(done.err()).contains("Execution " + completed + " is COMPLETED: only a running execution can be stopped.");

        JobExecution crashed = execution("phase-2", BatchStatus.STARTED);
        Result recovered = command("stop", "--home", home.toString(), String.valueOf(crashed.getId()));
        assertThat(recovered.exit()).as(recovered.err()).isZero();
        assertThat(recovered.out()).contains("was left running by a process that is gone: marked FAILED");
        assertThat(repository.getJobExecution(crashed.getId()).getStatus()).isEqualTo(BatchStatus.FAILED);
        abandonDirectly(repository.getJobExecution(crashed.getId()));

        JobExecution running = execution("caribbean", BatchStatus.STARTED);
        try (PipelineLock other = otherProcess()) {
            other.acquire(LockNames.of(running.getJobParameters(), study));
            Result asked = command("stop", "--home", home.toString(), "--wait", "300ms", String.valueOf(running.getId()));
            assertThat(asked.exit()).as(asked.err()).isZero();
            assertThat(asked.out()).contains("Asked execution " + running.getId() + " to stop; still stopping after 300ms");
            assertThat(repository.getJobExecution(running.getId()).getStatus()).isNotEqualTo(BatchStatus.STARTED);
        }
        abandonDirectly(repository.getJobExecution(running.getId()));
    }

    @Test
    void abandonDropsAFailedOrOrphanedExecutionButNotARunningOne() {
        Result missing = command("abandon", "--home", home.toString(), "9999");
        assertThat(missing.exit()).isEqualTo(4);
        assertThat(missing.err()).contains("There is no execution 9999");
        Result done = command("abandon", "--home", home.toString(), String.valueOf(completed));
        assertThat(done.exit()).isEqualTo(5);
        assertThat(done.err()).contains("is COMPLETED: only a failed or stopped execution can be abandoned.");

        JobExecution running = execution("phase-2", BatchStatus.STARTED);
        PipelineLock other = otherProcess();
        other.acquire(LockNames.of(running.getJobParameters(), study));
        Result refused = command("abandon", "--home", home.toString(), String.valueOf(running.getId()));
        assertThat(refused.exit()).isEqualTo(5);
        assertThat(refused.err()).contains("is running (" + other.owner() + "): stop it first");

        other.close();
        Result abandoned = command("abandon", "--home", home.toString(), String.valueOf(running.getId()));

        assertThat(abandoned.exit()).as(abandoned.err()).isZero();
        assertThat(abandoned.out()).contains("Execution " + running.getId() + " is ABANDONED");
        assertThat(repository.getJobExecution(running.getId()).getStatus()).isEqualTo(BatchStatus.ABANDONED);
    }

    @Test
    void runSaysBusyWithExitCode3WhileAnotherProcessHoldsTheIngest() {
        long executions = jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION", Long.class);
        try (PipelineLock other = otherProcess()) {
            other.acquire(List.of(LockNames.INGEST));

            Result busy = command("run", "--home", home.toString(), "--settle", "100ms");

            assertThat(busy.exit()).isEqualTo(3);
            assertThat(busy.err()).contains("Busy: the ingest of the inbox is being run by another process (" + other.owner());
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION", Long.class)).isEqualTo(executions);
    }

    @Test
    void serveDocumentsItselfAndRefusesDurationsThatAreNone() {
        Result help = command("serve", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("--poll=DURATION").contains("--grace=DURATION").contains("Exit codes:")
                .contains("143").contains("SIGTERM");

        Result zero = command("serve", "--home", home.toString(), "--poll", "0s");
        assertThat(zero.exit()).isEqualTo(2);
        assertThat(zero.err()).contains("'0s' is not a positive duration");

        Result word = command("serve", "--home", home.toString(), "--settle", "soon");
        assertThat(word.exit()).isEqualTo(2);
        assertThat(word.err()).contains("Invalid value for option '--settle'");
    }

    private static Result command(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var commandLine = PipelineCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exit = commandLine.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    /** What a process leaves in the repository when it starts a run and then runs it, or dies. */
    private static JobExecution execution(String phase, BatchStatus status) {
        // Snapshots are SHA-256 checksums; status shows their first eight digits.
        String snapshot = phase.equals("all") ? "0123abcd".repeat(8) : "test-" + ++snapshots;
        JobParameters parameters = new JobParametersBuilder().addString("phase", phase).addString("lang", "en")
                .addString("snapshot", snapshot).toJobParameters();
        JobInstance instance = repository.createJobInstance("run", parameters);
        JobExecution execution = repository.createJobExecution(instance, parameters, new ExecutionContext());
        execution.setStartTime(LocalDateTime.now());
        execution.setStatus(status);
        repository.update(execution);
        return execution;
    }

    /** Leaves no unfinished execution behind for the next test's commands. */
    private static void abandonDirectly(JobExecution execution) {
        execution.setStatus(BatchStatus.ABANDONED);
        execution.setEndTime(LocalDateTime.now());
        repository.update(execution);
    }

    private static PipelineLock otherProcess() {
        return new PipelineLock(new LockStore(jdbc), new LockSettings(Duration.ofSeconds(30)));
    }
}
