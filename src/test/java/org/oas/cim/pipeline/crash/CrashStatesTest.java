package org.oas.cim.pipeline.crash;

import org.oas.cim.pipeline.cli.InboxCopy;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oas.cim.pipeline.cli.PipelineCommand;
import org.oas.cim.pipeline.postgres.RunState;
import org.oas.cim.pipeline.schedule.LockProcess;
import org.oas.cim.pipeline.system.PipelineContext;
import org.oas.cim.pipeline.cli.RunParameters;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each state a crash can leave, made directly in a home holding the samples, then the real commands on it: {@code
 * status} says what it found and what the next run does, and a plain {@code run} repairs it, says so in the log, and
 * ends with the tables of a home that never crashed. (The crashes themselves are {@link CrashPointsOnH2Test}'s.)
 */
class CrashStatesTest {
    private static final Path SAMPLES = Path.of("input-samples");

    @TempDir
    static Path base;

    private static Path reference;
    private static RunState expected;

    @BeforeAll
    static void runUninterrupted() throws Exception {
        reference = home("reference");
        assertThat(execute("run", reference).exit()).isZero();
        expected = state(reference);
    }

    @Test
    void aJobInstanceWithoutAnExecutionIsDeletedAndTheRunStartsAfresh() throws Exception {
        Path home = home("orphan-instance");
        try (ConfigurableApplicationContext context = start(home)) {
            // What a crash between Spring Batch's two transactions leaves (spring-batch#4763), for the very parameters
            // the next run will have.
            context.getBean(JobRepository.class).createJobInstance("run", runParameters(context, home));
        }
        assertThat(execute("status", home).printed()).contains("Left by a crash:", "job instance 1 of run without an execution",
                "the next run deletes it and starts afresh");

        Result run = execute("run", home);

        assertThat(run.exit()).as(run.printed()).isZero();
        assertThat(log(home)).contains("Repaired after a crash: job instance 1 of run without an execution");
        assertSameTables(home);
    }

    @Test
    void anExecutionLeftStartedByAProcessThatIsGoneIsResumedWithoutWaitingForItsLocks() throws Exception {
        Path home = home("started-execution");
        long execution;
        try (ConfigurableApplicationContext context = start(home)) {
            JobRepository repository = context.getBean(JobRepository.class);
            JobParameters parameters = runParameters(context, home);
            JobInstance instance = repository.createJobInstance("run", parameters);
            JobExecution started = repository.createJobExecution(instance, parameters, new ExecutionContext());
            started.setStatus(BatchStatus.STARTED);
            repository.update(started);
            execution = started.getId();
            // Its locks, renewed a moment ago by a process of this machine that has ended.
            LockProcess here = LockProcess.current();
            Process gone = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            gone.waitFor();
            OffsetDateTime now = OffsetDateTime.now();
            for (String lock : List.of("ingest", "phase:phase-1", "phase:phase-2", "phase:caribbean")) {
                context.getBean(JdbcClient.class).sql("""
                                INSERT INTO pipeline_lock (lock_name, owner_id, acquired_at, heartbeat_at, holder_pid, holder_host, holder_boot_id)
                                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                        .params(lock, "pid " + gone.pid() + " (gone)", now, now, gone.pid(), here.host(), here.bootId()).update();
            }
            assertThat(here.bootId()).as("a boot id to tell processes of this machine by").isNotNull();
        }

        // The lock timeout is ten minutes: only the holder's absence lets this run take the locks.
        Result run = execute("run", home, "pipeline.lock.timeout", "10m");

        assertThat(run.exit()).as(run.printed()).isZero();
        assertThat(log(home)).contains("Took over the lock ingest at once",
                "Repaired after a crash: execution " + execution + " of run left STARTED by a process that is gone");
        assertSameTables(home);
    }

    @Test
    void aMigrationCutShortOnH2IsPutBackAndAppliedAgain() throws Exception {
        Path home = home("half-migrated");
        Path database = home.resolve("data/pipeline");
        String url = "jdbc:h2:file:" + database.toAbsolutePath() + ";NON_KEYWORDS=VALUE,YEAR";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration/common", "classpath:db/migration/h2")
                .target("3").load().migrate();
        try (Connection db = DriverManager.getConnection(url, "sa", ""); Statement sql = db.createStatement()) {
            // What a crash in the middle of V4 leaves: the copy taken before it, and its first table.
            sql.execute("SCRIPT TO '" + database.resolveSibling("pipeline.before-migration.zip") + "' COMPRESSION ZIP");
            sql.execute("CREATE TABLE findings_sources (run_id BIGINT)");
            sql.execute("SHUTDOWN");
        }

        Result run = execute("run", home);

        assertThat(run.exit()).as(run.printed()).isZero();
        assertThat(log(home)).contains("Repaired a migration cut short by a crash");
        assertThat(database.resolveSibling("pipeline.before-migration.zip")).doesNotExist();
        assertSameTables(home);
    }

    private static void assertSameTables(Path home) throws Exception {
        RunState found = state(home);
        assertThat(found.unplaced()).isEmpty();
        assertThat(found.placed()).isEqualTo(expected.placed());
        assertThat(found.inputFiles()).isEqualTo(expected.inputFiles());
        assertThat(found.respondents()).isEqualTo(expected.respondents());
        assertThat(found.answers()).isEqualTo(expected.answers());
        assertThat(found.issues()).isEqualTo(expected.issues());
        assertThat(found.published()).isEqualTo(expected.published());
    }

    /** The parameters {@code run} will give its job in this home, as it computes them. */
    private static JobParameters runParameters(ConfigurableApplicationContext context, Path home) {
        return RunParameters.run(context, "all", "en").toJobParameters();
    }

    private static ConfigurableApplicationContext start(Path home) {
        return PipelineContext.start(home, Path.of("jobs"), null, Map.of());
    }

    private record Result(int exit, String printed) {
    }

    private static Result execute(String command, Path home, String... setting) {
        StringWriter printed = new StringWriter();
        CommandLine line = PipelineCommand.commandLine();
        line.setOut(new PrintWriter(printed, true));
        line.setErr(new PrintWriter(printed, true));
        if (setting.length == 2) {
            System.setProperty(setting[0], setting[1]);
        }
        try {
            return new Result(line.execute(command, "--home", home.toString(), "--settle", "100ms"), printed.toString());
        } finally {
            if (setting.length == 2) {
                System.clearProperty(setting[0]);
            }
        }
    }

    private static String log(Path home) throws Exception {
        return Files.readString(home.resolve("logs/pipeline.log"));
    }

    private static RunState state(Path home) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + home.resolve("data/pipeline").toAbsolutePath()
                + ";AUTO_SERVER=TRUE;NON_KEYWORDS=VALUE,YEAR;IFEXISTS=TRUE", "sa", "")) {
            return RunState.read(home, db);
        }
    }

    /** A home with the samples in its inbox and the reference's pseudonym key, so that pseudonyms compare. */
    private static Path home(String name) throws Exception {
        Path home = base.resolve(name);
        Files.createDirectories(home.resolve("data"));
        if (reference != null) {
            Files.copy(reference.resolve("data/pseudonym.key"), home.resolve("data/pseudonym.key"));
        }
        InboxCopy.copy(SAMPLES, home.resolve("inbox"));
        return home;
    }
}
