package org.oas.cim.pipeline.crash;

import org.oas.cim.pipeline.RunsInChildJvms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oas.cim.pipeline.cli.InboxCopy;
import org.oas.cim.pipeline.postgres.RunState;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The commands that write besides {@code run} and {@code ingest}, crashed at their own crash points on the H2 file
 * database: a {@code serve} tick, {@code restart} of an interrupted run and {@code abandon} of it. After each crash the
 * next command an operator would give ({@code serve} again, or {@code run}) must finish the work, and the home must end
 * as an uninterrupted run leaves it ({@link CrashDrill#assertFinishedAs}). Which points: where the work happens (the
 * first claim and publication) and a seeded choice of the others; every point with
 * {@code -Dcrash.points=all} (the README's crash drills).
 */
@RunsInChildJvms
class OperatorCommandsCrashTest {
    private static final Path SAMPLES = Path.of("input-samples");
    private static final Duration TIMEOUT = Duration.ofSeconds(180);
    private static final CrashDrill.Database H2 = CrashPointsOnH2Test.h2();

    @TempDir
    static Path base;

    private static RunState expected;
    /** A home whose run was crashed while it claimed the inbox: what {@code restart} and {@code abandon} are for. */
    private static Path interrupted;
    private static long interruptedExecution;

    @BeforeAll
    static void runUninterruptedAndInterrupted() throws Exception {
        Path reference = samplesHome("reference");
        PipelineProcess run = PipelineProcess.start(reference, "listed", List.of("-Dpipeline.crash-points=list"), List.of("run"));
        run.awaitSuccess(TIMEOUT);
        expected = state(reference);
        int claim = CrashDrill.first(CrashDrill.listed(run.printed()), "the claim of");
        assertThat(claim).as("the run claims files").isPositive();

        interrupted = samplesHome("interrupted");
        PipelineProcess crashed = PipelineProcess.start(interrupted, "crashed", List.of("-Dpipeline.crash-at=" + (claim + 1)), List.of("run"));
        assertThat(crashed.awaitExit(TIMEOUT)).as(crashed.output()).isEqualTo(137);
        try (Connection db = H2.connect(interrupted); Statement statement = db.createStatement();
             ResultSet last = statement.executeQuery("SELECT MAX(job_execution_id) FROM batch_job_execution")) {
            last.next();
            interruptedExecution = last.getLong(1);
        }
        assertThat(interruptedExecution).isPositive();
    }

    @Test
    void aRestartCrashedAtAnyPointIsFinishedByTheNextRun() throws Exception {
        List<String> restart = List.of("restart", String.valueOf(interruptedExecution));
        List<String> steps = listUninterrupted(restart);

        SortedSet<Integer> covered = crashEach(restart, steps, pointsOfWork(steps, 0));

        System.out.printf("crash points of restart covered on H2: %d of %d %s%n", covered.size(), steps.size(), covered);
        assertThat(covered).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void anAbandonCrashedAtAnyPointIsFinishedByTheNextRun() throws Exception {
        List<String> abandon = List.of("abandon", String.valueOf(interruptedExecution));
        List<String> steps = listUninterrupted(abandon);
        SortedSet<Integer> points = new TreeSet<>();
        // An abandon writes little: its execution's status, and the locks and repairs of start-up. Every one of them.
        for (int n = 1; n <= steps.size(); n++) {
            points.add(n);
        }

        SortedSet<Integer> covered = crashEach(abandon, steps, "all".equals(System.getProperty(CrashDrill.ALL_POINTS))
                ? points : seeded(points, 2));

        System.out.printf("crash points of abandon covered on H2: %d of %d %s%n", covered.size(), steps.size(), covered);
        assertThat(covered).hasSizeGreaterThanOrEqualTo(Math.min(2, steps.size()));
    }

    @Test
    void aServeTickCrashedAtAnyPointIsFinishedByTheNextServe() throws Exception {
        Path listing = samplesHome("serve-listed");
        PipelineProcess listed = startServe(listing, "listed", List.of("-Dpipeline.crash-points=list"));
        awaitIdle(listed, listing);
        assertThat(listed.terminate(TIMEOUT)).isEqualTo(143);
        List<String> steps = CrashDrill.listed(listed.printed());
        CrashDrill.assertFinishedAs(expected, state(listing), "after an uninterrupted serve");

        SortedSet<Integer> covered = pointsOfWork(steps, 0);
        EachPoint.check(covered, n -> {
            Path home = samplesHome("serve-" + n);
            PipelineProcess crashed = startServe(home, "crash-at-" + n, List.of("-Dpipeline.crash-at=" + n));
            assertThat(crashed.awaitExit(TIMEOUT)).as("serve halted at point %d (%s):\n%s", n, steps.get(n - 1), crashed.output())
                    .isEqualTo(137);
            PipelineProcess again = startServe(home, "after-" + n, List.of());
            awaitIdle(again, home);
            assertThat(again.terminate(TIMEOUT)).isEqualTo(143);
            CrashDrill.assertFinishedAs(expected, state(home), "after serve crashed at point " + n + " (before " + steps.get(n - 1) + ")");
            CrashDrill.deleteTree(home);
        });
        System.out.printf("crash points of a serve tick covered on H2: %d of %d %s%n", covered.size(), steps.size(), covered);
        assertThat(covered).hasSizeGreaterThanOrEqualTo(2);
    }

    /** The command's crash points on a copy of the interrupted home; uninterrupted, it and a run finish the work. */
    private static List<String> listUninterrupted(List<String> command) throws Exception {
        Path home = copyOfInterrupted("listed-" + command.get(0));
        PipelineProcess listed = PipelineProcess.start(home, "listed", List.of("-Dpipeline.crash-points=list"), command);
        listed.awaitSuccess(TIMEOUT);
        PipelineProcess.start(home, "run-after", List.of(), List.of("run")).awaitSuccess(TIMEOUT);
        CrashDrill.assertFinishedAs(expected, state(home), "after an uninterrupted " + command.get(0) + " and a run");
        return CrashDrill.listed(listed.printed());
    }

    /** Crashes the command at each point on a fresh copy of the interrupted home, then a run must finish the work. */
    private static SortedSet<Integer> crashEach(List<String> command, List<String> steps, SortedSet<Integer> points) throws Exception {
        EachPoint.check(points, n -> {
            Path home = copyOfInterrupted(command.get(0) + "-" + n);
            PipelineProcess crashed = PipelineProcess.start(home, "crash-at-" + n, List.of("-Dpipeline.crash-at=" + n), command);
            assertThat(crashed.awaitExit(TIMEOUT)).as("%s halted at point %d (%s):\n%s", command.get(0), n, steps.get(n - 1),
                    crashed.output()).isEqualTo(137);
            PipelineProcess.start(home, "run-after-" + n, List.of(), List.of("run")).awaitSuccess(TIMEOUT);
            CrashDrill.assertFinishedAs(expected, state(home), "after " + command.get(0) + " crashed at point " + n
                    + " (before " + steps.get(n - 1) + ")");
            CrashDrill.deleteTree(home);
        });
        return points;
    }

    /** The first claim and publication (where there are), and a seeded choice of the others; or all. */
    private static SortedSet<Integer> pointsOfWork(List<String> steps, int others) {
        SortedSet<Integer> points = new TreeSet<>();
        for (int n = 1; n <= steps.size(); n++) {
            points.add(n);
        }
        if ("all".equals(System.getProperty(CrashDrill.ALL_POINTS))) {
            return points;
        }
        SortedSet<Integer> chosen = new TreeSet<>();
        for (String work : List.of("the claim of", "the publication of phase")) {
            int first = CrashDrill.first(steps, work);
            if (first > 0) {
                chosen.add(first);
            }
        }
        points.removeAll(chosen);
        chosen.addAll(seeded(points, others));
        return chosen;
    }

    private static SortedSet<Integer> seeded(SortedSet<Integer> from, int count) {
        List<Integer> pool = List.copyOf(from);
        Random random = new Random(20261207L);
        SortedSet<Integer> chosen = new TreeSet<>();
        while (chosen.size() < Math.min(count, pool.size())) {
            chosen.add(pool.get(random.nextInt(pool.size())));
        }
        return chosen;
    }

    private static PipelineProcess startServe(Path home, String name, List<String> jvmOptions) throws IOException {
        return PipelineProcess.start(home, name, jvmOptions, List.of("serve", "--poll", "200ms"));
    }

    /**
     * Waits until serve has taken every file of the inbox and a cycle of it completed, then for a few polls in which
     * it writes nothing more (the cycles a late claim leaves for the next poll included).
     */
    private static void awaitIdle(PipelineProcess serve, Path home) throws Exception {
        serve.awaitWhileRunning("a completed cycle with nothing left in inbox/ or processing/", TIMEOUT,
                () -> serve.logCount(": COMPLETED") > 0 && empty(home.resolve("inbox")) && empty(home.resolve("processing")));
        String before;
        do {
            before = serve.logSinceStart();
            Thread.sleep(1000);
        } while (!before.equals(serve.logSinceStart()));
    }

    private static boolean empty(Path folder) {
        if (!Files.isDirectory(folder)) {
            return true;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.noneMatch(Files::isRegularFile);
        } catch (IOException e) {
            return false;
        }
    }

    private static Path samplesHome(String name) throws IOException {
        Path home = base.resolve(name);
        Files.createDirectories(home.resolve("data"));
        InboxCopy.copy(SAMPLES, home.resolve("inbox"));
        return home;
    }

    private static Path copyOfInterrupted(String name) throws IOException {
        Path copy = base.resolve(name);
        try (Stream<Path> paths = Files.walk(interrupted)) {
            for (Path path : paths.toList()) {
                Path target = copy.resolve(interrupted.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
        return copy;
    }

    private static RunState state(Path home) throws Exception {
        try (Connection db = H2.connect(home)) {
            return RunState.read(home, db);
        }
    }
}
