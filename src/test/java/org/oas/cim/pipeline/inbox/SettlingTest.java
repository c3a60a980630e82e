package org.oas.cim.pipeline.inbox;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

class SettlingTest {
    private static final byte[] CHUNK = new byte[4096];

    @TempDir
    Path home;
    InboxFixtures fx;
    ExecutorService writer = Executors.newSingleThreadExecutor();

    @BeforeEach
    void home() throws IOException {
        fx = new InboxFixtures(home);
        Arrays.fill(CHUNK, (byte) 'x');
    }

    @AfterEach
    void stopWriter() throws InterruptedException {
        writer.shutdownNow();
        writer.awaitTermination(5, TimeUnit.SECONDS);
    }

    /** Appends a chunk every {@code pauseMillis} while {@code keepGoing} holds and fewer than {@code chunks} went. */
    private Future<Long> appendInSteps(Path file, int chunks, long pauseMillis, AtomicBoolean keepGoing) {
        return writer.submit(() -> {
            long written = Files.size(file);
            for (int i = 0; i < chunks && keepGoing.get(); i++) {
                Thread.sleep(pauseMillis);
                try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.APPEND)) {
                    out.write(CHUNK);
                }
                written += CHUNK.length;
            }
            return written;
        });
    }

    @Test
    void aOneShotRunTakesAGrowingFileOnlyAfterItStopsGrowing() throws Exception {
        Path growing = fx.put("phase-2/growing.csv", CHUNK);
        fx.put("steady.csv", "steady");
        List<InboxFile> found = fx.scanner().scan();
        Future<Long> writing = appendInSteps(growing, 12, 30, new AtomicBoolean(true));

        List<InboxFile> settled = new Settling(fx.scanner()).awaitSettled(found, Duration.ofMillis(250), Duration.ofSeconds(10));

        assertThat(writing.isDone()).as("the writer had finished when the file was handed out").isTrue();
        assertThat(settled).extracting(InboxFile::relativePath).containsExactly("phase-2/growing.csv", "steady.csv");
        assertThat(settled.get(0).size()).isEqualTo(writing.get()).isEqualTo(13L * CHUNK.length);

        ClaimedFile claimed = new Claimer(fx.inbox, fx.processing).claim(settled.get(0)).orElseThrow();
        byte[] whole = new byte[13 * CHUNK.length];
        Arrays.fill(whole, (byte) 'x');
        assertThat(claimed.sha256()).isEqualTo(InboxFixtures.sha256(whole));
    }

    @Test
    void aFileStillGrowingAtTheTimeoutIsLeftInTheInboxForLater() throws Exception {
        Path growing = fx.put("growing.csv", CHUNK);
        fx.put("steady.csv", "steady");
        List<InboxFile> found = fx.scanner().scan();
        AtomicBoolean keepGoing = new AtomicBoolean(true);
        appendInSteps(growing, Integer.MAX_VALUE, 30, keepGoing);

        List<InboxFile> settled = new Settling(fx.scanner()).awaitSettled(found, Duration.ofMillis(300), Duration.ofMillis(700));
        keepGoing.set(false);

        assertThat(settled).extracting(InboxFile::relativePath).containsExactly("steady.csv");
        assertThat(growing).exists();
    }

    @Test
    void aFileGoneWhileWaitingIsDropped() throws Exception {
        Path leaving = fx.put("leaving.csv", "l");
        List<InboxFile> found = fx.scanner().scan();
        Files.delete(leaving);

        assertThat(new Settling(fx.scanner()).awaitSettled(found, Duration.ofMillis(100), Duration.ofSeconds(2))).isEmpty();
    }

    @Test
    void aSchedulerPollLeavesAFileThatChangedForTheNextPoll() throws IOException {
        StepClock clock = new StepClock();
        Settling settling = new Settling(fx.scanner(), clock);
        Duration settle = Duration.ofSeconds(3);
        Path growing = fx.put("phase-1/growing.csv", CHUNK);
        fx.put("steady.csv", "steady");

        Observation first = settling.settledSince(Observation.none(), settle);
        assertThat(first.settled()).as("nothing seen before, nothing settled").isEmpty();
        assertThat(first.seen()).containsOnlyKeys("phase-1/growing.csv", "steady.csv");

        clock.advance(Duration.ofSeconds(2));
        Files.write(growing, CHUNK, StandardOpenOption.APPEND);
        Observation second = settling.settledSince(first, settle);
        assertThat(second.settled()).as("steady only 2 s of 3").isEmpty();

        clock.advance(Duration.ofSeconds(1));
        Observation third = settling.settledSince(second, settle);
        assertThat(third.settled()).extracting(InboxFile::relativePath).containsExactly("steady.csv");

        clock.advance(Duration.ofSeconds(2));
        Observation fourth = settling.settledSince(third, settle);
        assertThat(fourth.settled()).extracting(InboxFile::relativePath, InboxFile::size)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("phase-1/growing.csv", 2L * CHUNK.length),
                        org.assertj.core.groups.Tuple.tuple("steady.csv", 6L));
    }

    @Test
    void aSchedulerPollForgetsFilesThatLeftTheInbox() throws IOException {
        StepClock clock = new StepClock();
        Settling settling = new Settling(fx.scanner(), clock);
        Path leaving = fx.put("leaving.csv", "l");
        Observation first = settling.settledSince(Observation.none(), Duration.ofSeconds(1));
        Files.delete(leaving);
        clock.advance(Duration.ofSeconds(5));

        Observation second = settling.settledSince(first, Duration.ofSeconds(1));

        assertThat(second.seen()).isEmpty();
        assertThat(second.settled()).isEmpty();
    }

    /** A clock that moves only when told, so that each poll happens at a chosen time. */
    private static final class StepClock extends Clock {
        private Instant now = Instant.parse("2002-03-15T10:00:00Z");

        void advance(Duration step) {
            now = now.plus(step);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
