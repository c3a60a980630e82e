package org.oas.cim.pipeline.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.oas.cim.pipeline.postgres.PostgresTestDatabase;
import org.oas.cim.pipeline.postgres.RunState;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two {@code serve --worker} processes on one home and one PostgreSQL, given a handful of the samples at once: the
 * files are split between the two (each read by exactly one of them), each phase is published once, after all the
 * files, and the database, the published tables and the placed files are those of one {@code run} of the same files
 * in one process, on a schema of its own. The samples include a file sent twice (the copy must be the duplicate,
 * whichever worker reads which) and a file that is rejected.
 */
@ExtendWith(PostgresTestDatabase.IfConfigured.class)
class WorkersOnPostgresTest {
    private static final Path SAMPLES = Path.of("input-samples");
    private static final List<String> FILES = List.of("phase-1/CR_cuestionarios_2002.xlsx", "phase-1/DO_cuestionarios_2002.csv",
            "phase-1/costa-rica-entrevistas.xlsx", "phase-1/NI_entrevistas_2002.csv", "phase-1/HN_presupuesto_proyecto_2002.xlsx",
            "phase-2/BO_cuestionarios_2005.xlsx", "phase-2/reenviado/BO_cuestionarios_2005 (copia).xlsx",
            "phase-2/MX_entrevistas_2005.xlsx", "caribbean/Curacao_questionnaires_2005.csv", "caribbean/Jamaica interviews 2005.xlsx");
    private static final Duration WAIT = Duration.ofSeconds(90);
    /** Spring Boot's log line: time, level, process id, ..., message. */
    private static final Pattern RAN = Pattern.compile(" (\\d+) --- .* Running ingest-file:file-(\\d+) of execution \\d+");

    @TempDir
    static Path base;

    private static PostgresTestDatabase postgres;
    private static String workersUrl;
    private static RunState oneProcess;
    private static RunState twoWorkers;
    private static final List<Integer> exits = new ArrayList<>();
    private static final List<Long> pids = new ArrayList<>();
    private static String log;

    @BeforeAll
    static void oneRunThenTwoWorkersOnTheSameFiles() throws Exception {
        postgres = PostgresTestDatabase.fromEnvironment();
        Path jobs = jobsWithoutSchedules(base.resolve("jobs"));

        String singleUrl = postgres.freshSchema("pipeline_one_process");
        Path single = base.resolve("one-process");
        dropFiles(single.resolve("inbox"));
        List<String> args = new ArrayList<>(List.of("run", "--home", single.toString(), "--jobs", jobs.toString(), "--settle", "100ms"));
        args.addAll(postgres.options(singleUrl));
        StringWriter out = new StringWriter();
        CommandLine command = new CommandLine(new PipelineCommand());
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(out, true));
        assertThat(command.execute(args.toArray(String[]::new))).as(out.toString()).isZero();
        try (Connection db = postgres.connect(singleUrl)) {
            oneProcess = RunState.read(single, db);
        }

        workersUrl = postgres.freshSchema("pipeline_two_workers");
        Path home = base.resolve("workers");
        // The workers' installation has the same pseudonym key: the same respondents get the same pseudonyms.
        Files.createDirectories(home.resolve("data"));
        Files.copy(single.resolve("data/pseudonym.key"), home.resolve("data/pseudonym.key"));
        List<String> options = new ArrayList<>(List.of("--worker", "--home", home.toString(), "--jobs", jobs.toString(),
                "--settle", "1s", "--poll", "200ms"));
        options.addAll(postgres.options(workersUrl));
        // One file at a time in the leader and a quick look for work in the other: both take files even from a small inbox.
        List<String> jvm = List.of("-Dpipeline.ingest-threads=1", "-Dpipeline.worker.poll=100ms");
        try (ServeProcess first = ServeProcess.start(base.resolve("first.out"), jvm, options.toArray(String[]::new))) {
            first.awaitOutput("Stop with Ctrl-C or SIGTERM.", WAIT);
            try (ServeProcess second = ServeProcess.start(base.resolve("second.out"), jvm, options.toArray(String[]::new))) {
                second.awaitOutput("Stop with Ctrl-C or SIGTERM.", WAIT);
                pids.addAll(List.of(first.pid(), second.pid()));
                Path staging = base.resolve("staging");
                dropFiles(staging);
                // Into the shared inbox at once, as a synced folder delivers them.
                for (String file : FILES) {
                    Files.createDirectories(home.resolve("inbox").resolve(file).getParent());
                    Files.move(staging.resolve(file), home.resolve("inbox").resolve(file), StandardCopyOption.ATOMIC_MOVE);
                }
                awaitPublished();
                exits.add(first.terminate(WAIT));
                exits.add(second.terminate(WAIT));
            }
        }
        try (Connection db = postgres.connect(workersUrl)) {
            twoWorkers = RunState.read(home, db);
        }
        log = Files.readString(home.resolve("logs/pipeline.log"));
    }

    @Test
    void eachFileIsReadByExactlyOneWorkerAndBothWorkersReadSome() throws Exception {
        Map<Long, List<Long>> readers = new TreeMap<>();
        Matcher ran = RAN.matcher(log);
        while (ran.find()) {
            readers.computeIfAbsent(Long.parseLong(ran.group(2)), file -> new ArrayList<>()).add(Long.parseLong(ran.group(1)));
        }
        assertThat(readers).as(log).hasSize(FILES.size());
        readers.forEach((file, by) -> assertThat(by).as("processes that read file %d", file).hasSize(1));
        assertThat(readers.values().stream().flatMap(List::stream).distinct().sorted().toList())
                .as("the workers that read files").containsExactlyInAnyOrderElementsOf(pids);
        assertThat(rows("""
                SELECT STEP_NAME, STATUS FROM BATCH_STEP_EXECUTION WHERE STEP_NAME LIKE 'ingest-file:%'""")).hasSize(FILES.size())
                .allSatisfy(step -> assertThat(step).endsWith("|COMPLETED"));
    }

    @Test
    void everyFileIsArchivedOrRejectedExactlyOnceAsByOneProcess() {
        assertThat(twoWorkers.inputFiles()).hasSize(FILES.size()).isEqualTo(oneProcess.inputFiles());
        assertThat(twoWorkers.inputFiles().stream().map(row -> row.substring(0, row.indexOf('|')))).containsExactlyInAnyOrderElementsOf(FILES);
        assertThat(twoWorkers.inputFiles()).anySatisfy(row -> assertThat(row).startsWith("phase-2/reenviado/").contains("|DUPLICATE|"))
                .anySatisfy(row -> assertThat(row).startsWith("phase-1/HN_presupuesto").contains("|REJECTED|"));
        assertThat(twoWorkers.placed()).isEqualTo(oneProcess.placed());
        assertThat(twoWorkers.unplaced()).isEmpty();
    }

    @Test
    void theTablesAreByteIdenticalToOneProcess() {
        assertThat(twoWorkers.respondents()).isNotEmpty().isEqualTo(oneProcess.respondents());
        assertThat(twoWorkers.answers()).isNotEmpty().isEqualTo(oneProcess.answers());
        assertThat(twoWorkers.issues()).isNotEmpty().isEqualTo(oneProcess.issues());
        assertThat(twoWorkers.published().keySet()).contains("phase-1/indicators.csv", "phase-2/options.csv",
                "caribbean/sources.csv", "restricted/phase-1/evidence.csv");
        assertThat(twoWorkers.published()).isEqualTo(oneProcess.published());
    }

    @Test
    void oneCycleDecidedPlacedAndPublishedEachPhaseOnceThenBothStoppedCleanly() throws Exception {
        assertThat(rows("SELECT phase FROM phase_run")).containsExactlyInAnyOrder("phase-1", "phase-2", "caribbean");
        assertThat(rows("SELECT STATUS FROM BATCH_JOB_EXECUTION")).containsExactly("COMPLETED");
        assertThat(exits).containsExactly(143, 143);
        assertThat(rows("SELECT lock_name FROM pipeline_lock")).as("locks left behind").isEmpty();
    }

    /** A copy of jobs/ whose phases have no schedule: only the files start a cycle. */
    private static Path jobsWithoutSchedules(Path target) throws Exception {
        InboxCopy.copy(Path.of("jobs"), target);
        Path phases = target.resolve("phases.yml");
        String yaml = Files.readString(phases);
        String unscheduled = yaml.replaceAll("schedule: \"[^\"]*\"", "schedule: \"\"");
        assertThat(unscheduled).isNotEqualTo(yaml);
        Files.writeString(phases, unscheduled);
        return target;
    }

    private static void dropFiles(Path folder) throws Exception {
        for (String file : FILES) {
            Path target = folder.resolve(file);
            Files.createDirectories(target.getParent());
            Files.copy(SAMPLES.resolve(file), target);
        }
    }

    /** Waits until every file is placed and every phase published, and nothing runs. */
    private static void awaitPublished() throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() - deadline < 0) {
            List<String> placed = rows("SELECT COUNT(*) FROM input_file WHERE final_path IS NOT NULL");
            List<String> running = rows("SELECT STATUS FROM BATCH_JOB_EXECUTION WHERE END_TIME IS NULL");
            if (placed.equals(List.of(String.valueOf(FILES.size()))) && running.isEmpty() && rows("SELECT phase FROM phase_run").size() >= 3) {
                // A poll or two more: a second cycle would show now.
                Thread.sleep(1_000);
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the workers did not publish within " + WAIT + ": " + rows("SELECT STATUS FROM BATCH_JOB_EXECUTION"));
    }

    private static List<String> rows(String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection db = postgres.connect(workersUrl); Statement sql = db.createStatement(); ResultSet rs = sql.executeQuery(query)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i == 1 ? "" : "|").append(rs.getString(i));
                }
                rows.add(row.toString());
            }
        } catch (SQLException notYet) {
            // Before the first worker has created the tables.
            if (!"42P01".equals(notYet.getSQLState())) {
                throw notYet;
            }
        }
        return rows;
    }
}
