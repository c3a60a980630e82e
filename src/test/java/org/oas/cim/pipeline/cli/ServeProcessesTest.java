package org.oas.cim.pipeline.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two {@code serve} processes on one home and one H2 database, while researchers' files arrive: some in bursts,
 * some still being copied (growing in steps), and two phases due every few seconds on their schedules. Then the
 * process running a cycle gets SIGTERM in the middle of it. Each file must be taken exactly once, no two
 * executions that touch one phase may overlap in time, and the interrupted execution must end STOPPED (or
 * FAILED) and be resumed and completed by the serve that is left.
 */
class ServeProcessesTest {
    private static final Path SAMPLES = Path.of("input-samples");
    private static final List<String> BURST = List.of("phase-1/NI_entrevistas_2002.csv", "caribbean/Curacao_questionnaires_2005.csv",
            "phase-1/CR_cuestionarios_2002.xlsx");
    private static final List<String> GROWING = List.of("phase-1/DO_cuestionarios_2002.csv", "phase-2/Belize_questionnaires_2005.xlsx");
    private static final List<String> LATER = List.of("phase-1/Guatemala/GT cuestionarios 2002.csv", "phase-1/panama_entrevistas_2002.xlsx",
            "phase-2/BO_cuestionarios_2005.xlsx");
    private static final String DURING_STOP = "phase-2/MX_entrevistas_2005.xlsx";
    /** Never settles while the cycle claims: it holds the cycle in its claim step for the SIGTERM. */
    private static final String STILL_COPYING = "phase-1/still-copying.csv";
    private static final Set<String> PHASES = Set.of("phase-1", "phase-2", "caribbean");
    private static final Duration WAIT = Duration.ofSeconds(120);

    @TempDir
    static Path base;

    private static Path home;
    private static long interrupted;
    private static int interruptedExit;
    private static String interruptedOutput;
    private static int survivorExit;

    /** One execution of the run job, as BATCH_JOB_EXECUTION recorded it. */
    private record Execution(long id, long instance, String phase, String status, Timestamp start, Timestamp end) {
        Set<String> phases() {
            return phase.equals("all") ? PHASES : Set.of(phase);
        }
    }

    @BeforeAll
    static void twoServesWhileFilesArriveThenOneIsStopped() throws Exception {
        home = base.resolve("home");
        Path jobs = jobsWithSchedules(base.resolve("jobs"));
        String[] options = {"--home", home.toString(), "--jobs", jobs.toString(), "--settle", "1s", "--poll", "200ms", "--retry-after", "1s"};
        AtomicBoolean copying = new AtomicBoolean(true);
        Thread writer = new Thread(() -> keepWriting(home.resolve("inbox").resolve(STILL_COPYING), copying), "still-copying");
        try (ServeProcess first = ServeProcess.start(base.resolve("first.out"), options)) {
            // The first creates the database; the second opens it through the first's AUTO_SERVER.
            first.awaitOutput("Stop with Ctrl-C or SIGTERM.", WAIT);
            try (ServeProcess second = ServeProcess.start(base.resolve("second.out"), options)) {
                second.awaitOutput("Stop with Ctrl-C or SIGTERM.", WAIT);
                dropFiles();
                awaitIdle(BURST.size() + GROWING.size() + LATER.size(), true);

                copy(DURING_STOP, home.resolve("inbox"));
                writer.start();
                interrupted = awaitRunningExecution();
                ServeProcess running = holderOfTheIngest() == first.pid() ? first : second;
                ServeProcess survivor = running == first ? second : first;
                interruptedExit = running.terminate(WAIT);
                interruptedOutput = running.output();
                copying.set(false);
                writer.join(5_000);
                awaitIdle(BURST.size() + GROWING.size() + LATER.size() + 2, false);
                survivorExit = survivor.terminate(WAIT);
            }
        } finally {
            copying.set(false);
        }
    }

    @Test
    void eachFileIsTakenExactlyOnceEvenWhileStillBeingCopied() throws Exception {
        List<String> archived = new ArrayList<>();
        Stream.of(BURST, GROWING, LATER, List.of(DURING_STOP)).forEach(archived::addAll);
        try (Connection db = database(home)) {
            TreeMap<String, List<String>> rows = new TreeMap<>();
            ResultSet rs = db.createStatement().executeQuery("SELECT relative_path, status, final_path FROM input_file ORDER BY id");
            while (rs.next()) {
                rows.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2) + " " + rs.getString(3));
            }
            assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(Stream.concat(archived.stream(), Stream.of(STILL_COPYING)).toList());
            archived.forEach(file -> assertThat(rows.get(file)).as(file).containsExactly("ARCHIVED archive/" + file));
            assertThat(rows.get(STILL_COPYING)).containsExactly("REJECTED rejected/" + STILL_COPYING);
        }
        for (String file : archived) {
            assertThat(home.resolve("archive").resolve(file)).hasSameBinaryContentAs(SAMPLES.resolve(file));
        }
        assertThat(placedFiles("archive")).hasSize(archived.size());
        assertThat(placedFiles("rejected")).hasSize(1);
        assertThat(regularFiles(home.resolve("inbox"))).isEmpty();
        assertThat(regularFiles(home.resolve("processing"))).isEmpty();
    }

    @Test
    void noTwoExecutionsOfOnePhaseEverRanAtOnce() throws Exception {
        List<Execution> executions = executions(home);

        // Files are claimed by whichever cycle comes first: one the inbox started (all) or one a schedule started.
        assertThat(executions).extracting(Execution::phase).containsAnyOf("phase-1", "phase-2");
        List<Execution> others = executions.stream().filter(e -> e.id() != interrupted).toList();
        assertThat(others.subList(0, others.size() - 1))
                .allSatisfy(e -> assertThat(e.status()).as("execution %d", e.id()).isEqualTo("COMPLETED"));
        // The last SIGTERM may catch the serve left in a scheduled cycle, which it stops as it should.
        assertThat(others.get(others.size() - 1).status()).isIn("COMPLETED", "STOPPED");
        for (Execution a : executions) {
            for (Execution b : executions) {
                if (a.id() < b.id() && a.phases().stream().anyMatch(b.phases()::contains)) {
                    boolean overlap = a.start().before(b.end()) && b.start().before(a.end());
                    assertThat(overlap).as("executions %d (%s, %s-%s) and %d (%s, %s-%s)", a.id(), a.phase(), a.start(), a.end(),
                            b.id(), b.phase(), b.start(), b.end()).isFalse();
                }
            }
        }
    }

    @Test
    void sigtermMidCycleLeavesAStoppedExecutionThatTheServeLeftResumesAndCompletes() throws Exception {
        assertThat(interruptedExit).isEqualTo(143);
        assertThat(interruptedOutput).contains("Stopped.");
        List<Execution> executions = executions(home);
        Execution stopped = executions.stream().filter(e -> e.id() == interrupted).findFirst().orElseThrow();

        assertThat(stopped.status()).isIn("STOPPED", "FAILED");
        assertThat(executions).filteredOn(e -> e.instance() == stopped.instance() && e.id() > stopped.id())
                .extracting(Execution::status).containsExactly("COMPLETED");
        assertThat(survivorExit).isEqualTo(143);
        try (Connection db = database(home); ResultSet locks = db.createStatement().executeQuery("SELECT COUNT(*) FROM pipeline_lock")) {
            locks.next();
            assertThat(locks.getInt(1)).as("locks left behind").isZero();
        }
    }

    /** A copy of jobs/ in which phase-1 and phase-2 are due every two and three seconds. */
    private static Path jobsWithSchedules(Path target) throws Exception {
        InboxCopy.copy(Path.of("jobs"), target);
        Path phases = target.resolve("phases.yml");
        String yaml = Files.readString(phases);
        String often = yaml.replace("schedule: \"0 0 2 * * *\"", "schedule: \"*/2 * * * * *\"")
                .replace("schedule: \"0 15 2 * * *\"", "schedule: \"*/3 * * * * *\"");
        assertThat(often).isNotEqualTo(yaml);
        Files.writeString(phases, often);
        return target;
    }

    /** A burst, two files copied slowly in four steps (as a synced folder does), then another burst. */
    private static void dropFiles() throws Exception {
        Path inbox = home.resolve("inbox");
        for (String file : BURST) {
            copy(file, inbox);
        }
        List<byte[]> contents = new ArrayList<>();
        for (String file : GROWING) {
            contents.add(Files.readAllBytes(SAMPLES.resolve(file)));
            Files.createDirectories(inbox.resolve(file).getParent());
        }
        int steps = 4;
        for (int step = 0; step < steps; step++) {
            for (int i = 0; i < GROWING.size(); i++) {
                byte[] bytes = contents.get(i);
                try (OutputStream out = Files.newOutputStream(inbox.resolve(GROWING.get(i)), StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND)) {
                    out.write(Arrays.copyOfRange(bytes, bytes.length * step / steps, bytes.length * (step + 1) / steps));
                }
            }
            Thread.sleep(300);
        }
        for (String file : LATER) {
            copy(file, inbox);
        }
    }

    private static void copy(String file, Path inbox) throws Exception {
        Path target = inbox.resolve(file);
        Files.createDirectories(target.getParent());
        Files.copy(SAMPLES.resolve(file), target, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void keepWriting(Path file, AtomicBoolean copying) {
        try {
            Files.createDirectories(file.getParent());
            for (int line = 0; copying.get(); line++) {
                try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                    out.write(("part " + line + "\n").getBytes());
                }
                Thread.sleep(150);
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot write " + file, e);
        }
    }

    /** Waits until {@code files} are placed, nothing runs, nothing is left unfinished, and (where asked) a phase ran on its schedule. */
    private static void awaitIdle(int files, boolean phaseRun) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() - deadline < 0) {
            try (Connection db = database(home);
                 ResultSet placed = db.createStatement().executeQuery("SELECT COUNT(*), COUNT(final_path) FROM input_file")) {
                placed.next();
                List<Execution> executions = executions(db);
                Optional<Execution> last = executions.stream().reduce((a, b) -> b);
                boolean idle = executions.stream().allMatch(e -> e.end() != null) && last.map(e -> e.status().equals("COMPLETED")).orElse(false);
                boolean phaseRan = executions.stream().anyMatch(e -> !e.phase().equals("all"));
                if (placed.getInt(1) == files && placed.getInt(2) == files && idle && (phaseRan || !phaseRun)) {
                    return;
                }
            } catch (SQLException betweenServers) {
                // The process serving the database may have just stopped; the other takes over.
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the servers did not settle within " + WAIT + ": " + executions(home));
    }

    /** The first execution seen running. */
    private static long awaitRunningExecution() throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() - deadline < 0) {
            try (Connection db = database(home);
                 ResultSet rs = db.createStatement().executeQuery("SELECT JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION WHERE STATUS = 'STARTED'")) {
                if (rs.next()) {
                    return rs.getLong(1);
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no cycle started within " + WAIT);
    }

    /** The pid of the process holding the ingest lock, from the lock table's owner ({@code pid 4242 on host (...)}). */
    private static long holderOfTheIngest() throws Exception {
        try (Connection db = database(home);
             ResultSet rs = db.createStatement().executeQuery("SELECT owner_id FROM pipeline_lock WHERE lock_name = 'ingest'")) {
            assertThat(rs.next()).as("a cycle holds the ingest lock").isTrue();
            return Long.parseLong(rs.getString(1).split(" ")[1]);
        }
    }

    private static List<Execution> executions(Path home) throws Exception {
        try (Connection db = database(home)) {
            return executions(db);
        }
    }

    private static List<Execution> executions(Connection db) throws Exception {
        List<Execution> executions = new ArrayList<>();
        try (ResultSet rs = db.createStatement().executeQuery("""
                SELECT e.JOB_EXECUTION_ID, e.JOB_INSTANCE_ID, p.PARAMETER_VALUE, e.STATUS, e.START_TIME, e.END_TIME
                FROM BATCH_JOB_EXECUTION e
                JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND p.PARAMETER_NAME = 'phase'
                ORDER BY e.JOB_EXECUTION_ID""")) {
            while (rs.next()) {
                executions.add(new Execution(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getTimestamp(5),
                        rs.getTimestamp(6)));
            }
        }
        return executions;
    }

    private static List<Path> placedFiles(String folder) throws Exception {
        return regularFiles(home.resolve(folder)).filter(p -> !p.getFileName().toString().contains(".report.")).toList();
    }

    private static Connection database(Path home) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + home.resolve("data/pipeline").toAbsolutePath() + ";AUTO_SERVER=TRUE", "sa", "");
    }

    private static Stream<Path> regularFiles(Path folder) throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).toList().stream();
        }
    }
}
