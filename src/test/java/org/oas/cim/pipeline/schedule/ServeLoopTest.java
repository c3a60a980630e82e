package org.oas.cim.pipeline.schedule;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oas.cim.pipeline.inbox.InboxScanner;
import org.oas.cim.pipeline.inbox.Settling;
import org.springframework.scheduling.support.CronExpression;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The scheduler on a real inbox folder, with a launcher that takes the settled files as a claim would. */
class ServeLoopTest {
    private static final Duration SETTLE = Duration.ofMillis(300);
    private static final Duration POLL = Duration.ofMillis(20);

    @TempDir
    Path inbox;

    @TempDir
    Path taken;

    private final List<Launch> launches = Collections.synchronizedList(new ArrayList<>());
    private final Deque<ServeLoop.Result> script = new ArrayDeque<>();
    private ServeLoop loop;
    private Thread thread;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    /** One call of the launcher: what it was asked, when, and which files it took. */
    private record Launch(String phase, long atNanos, List<String> took, ServeLoop.Result result) {
    }

    @BeforeEach
    void noLoopYet() {
        loop = null;
    }

    @AfterEach
    void stopTheLoop() throws Exception {
        if (loop != null) {
            loop.stop();
            thread.join(5_000);
            assertThat(thread.isAlive()).as("the loop ended").isFalse();
            assertThat(failure.get()).isNull();
        }
    }

    @Test
    void aFileStillBeingWrittenIsLaunchedOnlyOnceItHasSettled() throws Exception {
        start(Duration.ofMinutes(1), List.of());
        Path file = inbox.resolve("phase-1/ngo.csv");
        Files.createDirectories(file.getParent());
        long lastWrite = 0;
        for (int step = 0; step < 6; step++) {
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                out.write(("row " + step + "\n").getBytes());
            }
            lastWrite = System.nanoTime();
            Thread.sleep(SETTLE.toMillis() / 3);
        }
        awaitLaunches(1);
        Thread.sleep(SETTLE.toMillis() * 2);

        assertThat(launches).singleElement().satisfies(launch -> assertThat(launch.took()).containsExactly("phase-1/ngo.csv"));
        assertThat(launches.get(0).atNanos() - lastWrite).isGreaterThanOrEqualTo(SETTLE.toNanos());
        assertThat(Files.readString(taken.resolve("phase-1/ngo.csv"))).endsWith("row 5\n").contains("row 0\n");
    }

    @Test
    void filesArrivingInBurstsAreEachTakenOnce() throws Exception {
        start(Duration.ofMinutes(1), List.of());
        for (String name : List.of("a.csv", "b.csv", "c.xlsx")) {
            Files.writeString(inbox.resolve(name), name);
        }
        Thread.sleep(SETTLE.toMillis() / 2);
        for (String name : List.of("d.csv", "e.csv")) {
            Files.writeString(inbox.resolve(name), name);
        }
        awaitTaken(5);
        Thread.sleep(SETTLE.toMillis() * 2);

        List<String> took = launches.stream().flatMap(l -> l.took().stream()).toList();
        assertThat(took).containsExactlyInAnyOrder("a.csv", "b.csv", "c.xlsx", "d.csv", "e.csv");
        assertThat(launches).allSatisfy(launch -> assertThat(launch.phase()).isEqualTo(LockNames.ALL_PHASES));
    }

    @Test
    void aBusyCycleIsLaunchedAgainAtTheNextPollAndAResumedOneAtOnce() throws Exception {
        script.addAll(List.of(ServeLoop.Result.BUSY, ServeLoop.Result.BUSY, ServeLoop.Result.RESUMED, ServeLoop.Result.COMPLETED));
        start(Duration.ofMinutes(1), List.of());
        Files.writeString(inbox.resolve("a.csv"), "a");

        awaitTaken(1);

        assertThat(launches).extracting(Launch::result).containsExactly(ServeLoop.Result.BUSY, ServeLoop.Result.BUSY,
                ServeLoop.Result.RESUMED, ServeLoop.Result.COMPLETED);
        assertThat(launches.get(1).atNanos() - launches.get(0).atNanos()).isGreaterThanOrEqualTo(POLL.toNanos());
        assertThat(launches.get(3).atNanos() - launches.get(2).atNanos()).isLessThan(POLL.toNanos());
    }

    @Test
    void afterAFailedCycleNothingIsLaunchedForTheRetryDelay() throws Exception {
        Duration retry = Duration.ofMillis(600);
        script.add(ServeLoop.Result.FAILED);
        start(retry, List.of());
        Files.writeString(inbox.resolve("a.csv"), "a");

        awaitTaken(1);

        assertThat(launches).extracting(Launch::result).containsExactly(ServeLoop.Result.FAILED, ServeLoop.Result.COMPLETED);
        assertThat(launches.get(1).atNanos() - launches.get(0).atNanos()).isGreaterThanOrEqualTo(retry.toNanos());
    }

    @Test
    void aPhaseIsLaunchedOnItsScheduleAndStaysDueWhileItsLockIsBusy() throws Exception {
        script.addAll(List.of(ServeLoop.Result.BUSY, ServeLoop.Result.NOTHING_NEW, ServeLoop.Result.COMPLETED));
        start(Duration.ofMinutes(1), List.of(new PhaseSchedule("phase-2", CronExpression.parse("* * * * * *"))));

        awaitLaunches(3);

        assertThat(launches).extracting(Launch::phase).containsOnly("phase-2");
        assertThat(launches).extracting(Launch::result)
                .startsWith(ServeLoop.Result.BUSY, ServeLoop.Result.NOTHING_NEW, ServeLoop.Result.COMPLETED);
        // Busy: again at the next poll. Done: not again before the next second of the schedule.
        assertThat(launches.get(1).atNanos() - launches.get(0).atNanos()).isLessThan(Duration.ofMillis(500).toNanos());
        assertThat(launches.get(2).atNanos() - launches.get(1).atNanos()).isGreaterThan(Duration.ofMillis(500).toNanos());
    }

    @Test
    void stopEndsTheLoopWhileItWaitsBetweenPolls() throws Exception {
        loop = new ServeLoop(new Settling(new InboxScanner(inbox, Set.of()), Clock.systemDefaultZone()),
                new ServeLoop.Settings(SETTLE, Duration.ofMinutes(10), Duration.ofMinutes(1)), List.of(), this::launch, Clock.systemDefaultZone());
        thread = new Thread(this::runLoop);
        thread.start();
        Thread.sleep(200);
        long asked = System.nanoTime();

        loop.stop();
        thread.join(2_000);

        assertThat(thread.isAlive()).isFalse();
        assertThat(System.nanoTime() - asked).isLessThan(Duration.ofSeconds(1).toNanos());
        assertThat(launches).isEmpty();
    }

    private void start(Duration retryAfter, List<PhaseSchedule> schedules) {
        loop = new ServeLoop(new Settling(new InboxScanner(inbox, Set.of("phase-1", "phase-2")), Clock.systemDefaultZone()),
                new ServeLoop.Settings(SETTLE, POLL, retryAfter), schedules, this::launch, Clock.systemDefaultZone());
        thread = new Thread(this::runLoop, "serve-loop-test");
        thread.start();
    }

    private void runLoop() {
        try {
            loop.run();
        } catch (Throwable t) {
            failure.set(t);
        }
    }

    /** Takes what is in the inbox when the script says the cycle completes, as the claim step would. */
    private ServeLoop.Result launch(String phase) throws IOException {
        long at = System.nanoTime();
        ServeLoop.Result result = script.isEmpty() ? ServeLoop.Result.COMPLETED : script.removeFirst();
        List<String> took = new ArrayList<>();
        if (result == ServeLoop.Result.COMPLETED && phase.equals(LockNames.ALL_PHASES)) {
            try (Stream<Path> files = Files.walk(inbox)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    String relative = inbox.relativize(file).toString();
                    Files.createDirectories(taken.resolve(relative).getParent());
                    Files.move(file, taken.resolve(relative));
                    took.add(relative);
                }
            }
        }
        launches.add(new Launch(phase, at, took, result));
        return result;
    }

    private void awaitLaunches(int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (launches.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(launches).hasSizeGreaterThanOrEqualTo(count);
    }

    private void awaitTaken(int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (takenCount() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(takenCount()).isEqualTo(count);
    }

    private long takenCount() {
        try (Stream<Path> files = Files.walk(taken)) {
            return files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
