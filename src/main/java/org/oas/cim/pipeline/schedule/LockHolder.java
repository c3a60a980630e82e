package org.oas.cim.pipeline.schedule;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * One row of the lock table, as the database saw it.
 *
 * @param name        {@code ingest} or {@code phase:<id>}
 * @param owner       the holding process ({@code pid 4242 on host (3f9c2a1e)})
 * @param acquiredAt  when it took the lock
 * @param heartbeatAt when it last renewed it
 * @param live        renewed within the lock timeout: its process is still running
 */
public record LockHolder(String name, String owner, OffsetDateTime acquiredAt, OffsetDateTime heartbeatAt, boolean live) {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");

    /** What the lock protects, in an operator's words. */
    public static String describe(String lockName) {
        return lockName.startsWith(LockNames.PHASE_PREFIX)
                ? "phase " + lockName.substring(LockNames.PHASE_PREFIX.length())
                : "the " + lockName + " of the inbox";
    }

    public String since() {
        return TIME.format(acquiredAt.withOffsetSameInstant(ZoneOffset.UTC));
    }

    /** Seconds between the last heartbeat and {@code now}. */
    public long heartbeatAgeSeconds(OffsetDateTime now) {
        return Math.max(0, Duration.between(heartbeatAt, now).toSeconds());
    }
}
