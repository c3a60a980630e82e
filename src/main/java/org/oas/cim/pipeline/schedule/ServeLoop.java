package org.oas.cim.pipeline.schedule;

import org.oas.cim.pipeline.inbox.Observation;
import org.oas.cim.pipeline.inbox.Settling;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The scheduler behind {@code serve}. Each poll looks at the inbox: once some file has kept its size and time
 * for the settle time, it launches a cycle for every phase (files still being written wait for a later poll).
 * Each phase is also launched on its cron schedule; a due phase waits while its lock is busy, and is dropped
 * once a cycle for every phase has completed. After a failed cycle nothing is launched for the retry delay.
 * Cycles run one at a time, on the thread that called {@link #run()}.
 */
public final class ServeLoop {
    private static final Logger log = LoggerFactory.getLogger(ServeLoop.class);
    private static final Duration SHORTEST_WAIT = Duration.ofMillis(10);

    /** What launching a cycle came to. */
    public enum Result {
        /** The cycle ran and completed. */
        COMPLETED,
        /** These inputs were already processed: nothing ran. */
        NOTHING_NEW,
        /** An earlier unfinished execution was restarted instead, and completed: the cycle asked for is still to run. */
        RESUMED,
        /** Another process holds a lock the cycle needs: try again at the next poll. */
        BUSY,
        /** The cycle failed or was stopped. */
        FAILED
    }

    /** Launches one cycle: {@link LockNames#ALL_PHASES} or a phase id. */
    @FunctionalInterface
    public interface Launcher {
        Result launch(String phase) throws Exception;
    }

    /**
     * @param settle     a file is taken once its size and time have been unchanged this long
     * @param poll       how often the inbox is looked at
     * @param retryAfter how long nothing is launched after a failed cycle
     */
    public record Settings(Duration settle, Duration poll, Duration retryAfter) {
    }

    private final Settling settling;
    private final Settings settings;
    private final List<PhaseSchedule> schedules;
    private final Launcher launcher;
    private final Clock clock;
    private final CountDownLatch stop = new CountDownLatch(1);

    /** @param clock the time of the polls and the zone of the cron schedules */
    public ServeLoop(Settling settling, Settings settings, List<PhaseSchedule> schedules, Launcher launcher, Clock clock) {
        this.settling = settling;
        this.settings = settings;
        this.schedules = List.copyOf(schedules);
        this.launcher = launcher;
        this.clock = clock;
    }

    /** Polls and launches until {@link #stop()}; a cycle under way is left to finish (or to be stopped by its job's operator). */
    public void run() throws IOException, InterruptedException {
        Map<String, ZonedDateTime> due = new LinkedHashMap<>();
        ZonedDateTime start = ZonedDateTime.now(clock);
        for (PhaseSchedule schedule : schedules) {
            due.put(schedule.phaseId(), schedule.next(start));
        }
        Set<String> pendingPhases = new LinkedHashSet<>();
        Observation inbox = Observation.none();
        Instant quietUntil = Instant.MIN;
        while (!stopping()) {
            inbox = settling.settledSince(inbox, settings.settle());
            ZonedDateTime now = ZonedDateTime.now(clock);
            for (PhaseSchedule schedule : schedules) {
                ZonedDateTime next = due.get(schedule.phaseId());
                if (next != null && !next.isAfter(now)) {
                    pendingPhases.add(schedule.phaseId());
                    due.put(schedule.phaseId(), schedule.next(now));
                }
            }
            if (!now.toInstant().isBefore(quietUntil)) {
                boolean failed = launchDue(!inbox.settled().isEmpty(), pendingPhases);
                if (failed && !stopping()) {
                    quietUntil = clock.instant().plus(settings.retryAfter());
                    log.info("A cycle failed: the next one starts in {} at the earliest",
                            settings.retryAfter().toString().substring(2).toLowerCase(Locale.ROOT));
                }
            }
            await(untilNextPoll(due));
        }
    }

    /** Ends {@link #run()} at its next poll, or at once where it waits between polls. */
    public void stop() {
        stop.countDown();
    }

    public boolean stopping() {
        return stop.getCount() == 0;
    }

    /** @return whether a cycle failed */
    private boolean launchDue(boolean inboxSettled, Set<String> pendingPhases) {
        if (inboxSettled) {
            Result result = launchUntilDone(LockNames.ALL_PHASES);
            if (result == Result.COMPLETED || result == Result.NOTHING_NEW) {
                pendingPhases.clear();
            } else {
                return result == Result.FAILED;
            }
        }
        for (String phase : new ArrayList<>(pendingPhases)) {
            Result result = launchUntilDone(phase);
            if (result == Result.BUSY || result == Result.FAILED) {
                return result == Result.FAILED;
            }
            pendingPhases.remove(phase);
        }
        return false;
    }

    /** Launches again while the launch only resumed an earlier execution: that one is done, this one is still due. */
    private Result launchUntilDone(String phase) {
        Result result;
        do {
            if (stopping()) {
                // Not launched, still due: like a busy lock, for a later start of serve.
                return Result.BUSY;
            }
            result = launch(phase);
            // Nothing new and busy are the quiet answers of most polls: kept out of the log unless asked for.
            log.atLevel(result == Result.NOTHING_NEW || result == Result.BUSY ? Level.DEBUG : Level.INFO)
                    .log("Cycle for {}: {}", phase, result);
        } while (result == Result.RESUMED);
        return result;
    }

    private Result launch(String phase) {
        try {
            return launcher.launch(phase);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
            return Result.FAILED;
        } catch (Exception e) {
            if (!stopping()) {
                log.error("The cycle for {} could not run", phase, e);
            }
            return Result.FAILED;
        }
    }

    private Duration untilNextPoll(Map<String, ZonedDateTime> due) {
        Duration wait = settings.poll();
        ZonedDateTime now = ZonedDateTime.now(clock);
        for (ZonedDateTime next : due.values()) {
            if (next != null) {
                Duration untilDue = Duration.between(now, next);
                wait = untilDue.compareTo(wait) < 0 ? untilDue : wait;
            }
        }
        return wait.compareTo(SHORTEST_WAIT) < 0 ? SHORTEST_WAIT : wait;
    }

    private void await(Duration wait) throws InterruptedException {
        if (stop.await(wait.toMillis(), TimeUnit.MILLISECONDS)) {
            log.info("Stopping: no new cycle starts");
        }
    }
}
