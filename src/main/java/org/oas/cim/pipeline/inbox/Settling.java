package org.oas.cim.pipeline.inbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Tells files still being written from files that have arrived: a file is settled once its size and
 * modification time have stayed the same for the settle time. Two ways to wait, one per kind of run.
 */
public final class Settling {
    private static final Duration SHORTEST_POLL = Duration.ofMillis(10);
    private static final Duration LONGEST_POLL = Duration.ofSeconds(1);

    private final InboxScanner scanner;
    private final Clock clock;

    public Settling(InboxScanner scanner) {
        this(scanner, Clock.systemUTC());
    }

    /** @param clock the time of each scheduler poll */
    public Settling(InboxScanner scanner, Clock clock) {
        this.scanner = scanner;
        this.clock = clock;
    }

    /**
     * For a one-shot run: waits until each of {@code files} has settled, or until the timeout. A file still
     * changing at the timeout is left where it is for a later run; a file that vanished or stopped being a
     * regular file is dropped.
     *
     * @return the settled files, with their final size and time, in inbox-relative path order
     */
    public List<InboxFile> awaitSettled(List<InboxFile> files, Duration settleTime, Duration timeout)
            throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        long settleNanos = settleTime.toNanos();
        long pollMillis = pollInterval(settleTime).toMillis();
        Map<String, Watch> pending = new TreeMap<>();
        for (InboxFile file : files) {
            pending.put(file.relativePath(), new Watch(file, start));
        }
        List<InboxFile> settled = new ArrayList<>();
        while (true) {
            long now = System.nanoTime();
            for (Iterator<Map.Entry<String, Watch>> it = pending.entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<String, Watch> entry = it.next();
                Watch watch = entry.getValue();
                Optional<InboxFile> current = restat(watch.file());
                if (current.isEmpty()) {
                    it.remove();
                } else if (!current.get().sameStampAs(watch.file())) {
                    entry.setValue(new Watch(current.get(), now));
                } else if (now - watch.stableSince() >= settleNanos) {
                    settled.add(current.get());
                    it.remove();
                }
            }
            if (pending.isEmpty() || now - deadline >= 0) {
                break;
            }
            Thread.sleep(Math.max(1, Math.min(pollMillis, (deadline - now) / 1_000_000 + 1)));
        }
        settled.sort(Comparator.comparing(InboxFile::relativePath));
        return List.copyOf(settled);
    }

    /**
     * For a scheduler poll: scans the inbox now and compares with the previous poll. A file is settled where
     * this poll finds the size and time an earlier poll saw at least the settle time ago; the others wait for
     * the next poll.
     */
    public Observation settledSince(Observation previous, Duration settleTime) throws IOException {
        Instant now = clock.instant();
        SortedMap<String, Observation.Seen> seen = new TreeMap<>();
        List<InboxFile> settled = new ArrayList<>();
        for (InboxFile file : scanner.scan()) {
            Observation.Seen before = previous.seen().get(file.relativePath());
            Instant since = before != null && before.sameStampAs(file) ? before.stableSince() : now;
            seen.put(file.relativePath(), new Observation.Seen(file.size(), file.modified(), since));
            if (!now.isBefore(since.plus(settleTime))) {
                settled.add(file);
            }
        }
        return new Observation(seen, settled);
    }

    /** Often enough to notice a settled file soon after it settles, rarely enough to stay idle. */
    private static Duration pollInterval(Duration settleTime) {
        Duration quarter = settleTime.dividedBy(4);
        return quarter.compareTo(SHORTEST_POLL) < 0 ? SHORTEST_POLL
                : quarter.compareTo(LONGEST_POLL) > 0 ? LONGEST_POLL : quarter;
    }

    private static Optional<InboxFile> restat(InboxFile file) {
        try {
            BasicFileAttributes attrs = Files.readAttributes(file.path(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return attrs.isRegularFile() ? Optional.of(file.withStamp(attrs.size(), attrs.lastModifiedTime())) : Optional.empty();
        } catch (IOException gone) {
            return Optional.empty();
        }
    }

    private record Watch(InboxFile file, long stableSince) {
    }
}
