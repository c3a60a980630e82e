package org.oas.cim.pipeline.crash;

import org.oas.cim.pipeline.cli.InboxCopy;
import org.oas.cim.pipeline.postgres.RunState;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crashes a command at chosen crash points ({@code -Dpipeline.crash-at=N}), each on a fresh home holding the samples,
 * runs it again to the end, and compares the home with one where the command ran uninterrupted. Which points: the
 * first of start-up, one in the middle of a migration and right after the migrations, the first lock (these with
 * {@code startUp}), the job's
 * instance and execution being saved (spring-batch#4763), the middle of the claims, of the placements and of a
 * publication, and a seeded choice of the others; every point 1..M with {@code -Dcrash.points=all}.
 */
final class CrashDrill {
    static final String ALL_POINTS = "crash.points";
    private static final Path SAMPLES = Path.of("input-samples");
    private static final Pattern POINT = Pattern.compile("(?m)^crash point (\\d+): before (.*)$");
    private static final Pattern COUNT = Pattern.compile("crash points: (\\d+)\\s*$");
    private static final Duration RUN_TIMEOUT = Duration.ofSeconds(180);

    /** Where a drill's homes live and how their databases are reached. */
    interface Database {
        /** The options that put a command on this home's database (none: the H2 file under the home). */
        List<String> options(Path home) throws Exception;

        Connection connect(Path home) throws Exception;
    }

    /** What a drill found: the points passed by an uninterrupted run, and the points crashed at. */
    record Outcome(List<String> steps, SortedSet<Integer> covered) {
    }

    private final Path base;
    private final Database database;
    private final List<String> command;

    CrashDrill(Path base, Database database, List<String> command) {
        this.base = base;
        this.database = database;
        this.command = List.copyOf(command);
    }

    /** Runs the drill; fails at the first point whose home the next run does not bring to the reference's state. */
    Outcome run(String name, boolean startUp, int seeded) throws Exception {
        Path reference = home(name + "-reference");
        PipelineProcess uninterrupted = start(reference, "listed", List.of("-Dpipeline.crash-points=list"));
        uninterrupted.awaitSuccess(RUN_TIMEOUT);
        String printed = uninterrupted.printed();
        List<String> steps = listed(printed);
        Matcher count = COUNT.matcher(printed);
        assertThat(count.find()).as("the last line says how many crash points:\n%s", printed).isTrue();
        assertThat(Integer.parseInt(count.group(1))).isEqualTo(steps.size()).isGreaterThan(50);
        RunState expected = state(reference);
        assertThat(expected.unplaced()).isEmpty();

        SortedSet<Integer> points = choose(steps, startUp, seeded);
        EachPoint.check(points, n -> {
            Path home = home(name + "-" + n);
            PipelineProcess crashed = start(home, "crash-at-" + n, List.of("-Dpipeline.crash-at=" + n));
            assertThat(crashed.awaitExit(RUN_TIMEOUT)).as("halted at point %d (%s):\n%s", n, steps.get(n - 1), crashed.output())
                    .isEqualTo(137);
            assertThat(crashed.printed()).contains("crash point " + n + ": halting before ");
            PipelineProcess again = start(home, "after-" + n, List.of());
            again.awaitSuccess(RUN_TIMEOUT);
            assertFinishedAs(expected, state(home), "after a crash at point " + n + " (before " + steps.get(n - 1) + ")");
            deleteTree(home);
        });
        return new Outcome(steps, points);
    }

    /** The crash points a process listed ({@code -Dpipeline.crash-points=list}), in order: what each comes before. */
    static List<String> listed(String printed) {
        List<String> steps = new ArrayList<>();
        Matcher point = POINT.matcher(printed);
        while (point.find()) {
            assertThat(Integer.parseInt(point.group(1))).isEqualTo(steps.size() + 1);
            steps.add(point.group(2));
        }
        return steps;
    }

    /** Fails unless a home holds what the reference run left: every file placed once, the same rows and tables. */
    static void assertFinishedAs(RunState expected, RunState found, String at) {
        assertThat(found.unplaced()).as("left in inbox/ or processing/ " + at).isEmpty();
        assertThat(found.placed()).as("files in archive/ and rejected/ " + at).isEqualTo(expected.placed());
        assertThat(found.inputFiles()).as("input files " + at).isEqualTo(expected.inputFiles());
        assertThat(found.respondents()).as("respondents " + at).isEqualTo(expected.respondents());
        assertThat(found.answers()).as("answers " + at).isEqualTo(expected.answers());
        assertThat(found.issues()).as("issues " + at).isEqualTo(expected.issues());
        assertThat(found.published()).as("published tables " + at).isEqualTo(expected.published());
    }

    /** @param startUp whether to take the points of start-up (the migrations, the first lock) too */
    static SortedSet<Integer> choose(List<String> steps, boolean startUp, int seeded) {
        int m = steps.size();
        SortedSet<Integer> points = new TreeSet<>();
        if ("all".equals(System.getProperty(ALL_POINTS))) {
            IntStream.rangeClosed(1, m).forEach(points::add);
            return points;
        }
        int lockInsert = first(steps, "an auto-commit INSERT");
        if (startUp) {
            points.add(1);
            points.add(first(steps, "ALTER TABLE pipeline_lock") + 1);
            points.add(lockInsert - 1);
            points.add(lockInsert);
        }
        // After the locks: the job instance is saved, then its execution, in two transactions.
        int afterLocks = lockInsert;
        while (afterLocks < m && steps.get(afterLocks).contains("auto-commit INSERT")) {
            afterLocks++;
        }
        points.add(afterLocks + 2);
        points.add(first(steps, "the claim of") + 1);
        points.add(first(steps, "the placement of") + 1);
        int publication = first(steps, "the publication of phase");
        if (publication > 0) {
            points.add(publication);
        }
        Random random = new Random(20261206L);
        for (int added = 0; added < seeded && points.size() < m; ) {
            added += points.add(1 + random.nextInt(m)) ? 1 : 0;
        }
        points.removeIf(p -> p < 1 || p > m);
        return points;
    }

    /** The 1-based number of the first step that mentions {@code text}; 0 where none does. */
    static int first(List<String> steps, String text) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).contains(text)) {
                return i + 1;
            }
        }
        return 0;
    }

    private PipelineProcess start(Path home, String name, List<String> jvmOptions) throws Exception {
        List<String> line = new ArrayList<>(command);
        line.addAll(database.options(home));
        return PipelineProcess.start(home, name, jvmOptions, line);
    }

    private RunState state(Path home) throws Exception {
        try (Connection db = database.connect(home)) {
            return RunState.read(home, db);
        }
    }

    private Path home(String name) throws IOException {
        Path home = base.resolve(name);
        Files.createDirectories(home.resolve("data"));
        InboxCopy.copy(SAMPLES, home.resolve("inbox"));
        return home;
    }

    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
