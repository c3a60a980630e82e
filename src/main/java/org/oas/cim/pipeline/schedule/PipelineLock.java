package org.oas.cim.pipeline.schedule;

import org.oas.cim.pipeline.system.CrashPoints;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Named locks in the database, shared by every process that opens it (several {@code serve}s, a {@code run}
 * beside a {@code serve}, on H2 or PostgreSQL). A lock is a row of {@code pipeline_lock}: taken by an insert in
 * its own transaction, kept alive by a heartbeat, given back by a delete. A process that dies without giving
 * its locks back stops renewing them, and after the lock timeout anyone may take them over; where it was a process
 * of this machine that no longer exists (its id, start, host and boot are recorded with the lock), at once. Time is
 * the database's, so that the processes' clocks need not agree.
 */
@Component
public class PipelineLock implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(PipelineLock.class);
    private static final int ATTEMPTS = 3;

    private final JdbcTemplate jdbc;
    private final LockSettings settings;
    private final String owner;
    private final LockProcess process = LockProcess.current();
    private final Set<String> held = new ConcurrentSkipListSet<>();
    private ScheduledExecutorService heartbeat;

    public PipelineLock(JdbcTemplate jdbc, LockSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.owner = "pid " + ProcessHandle.current().pid() + " on " + LockProcess.hostName() + " (" + randomTag() + ")";
    }

    /** This process, as the lock table names it. */
    public String owner() {
        return owner;
    }

    /**
     * Takes every named lock, or none.
     *
     * @throws LockBusyException where a live process holds one of them
     */
    public Lease acquire(Collection<String> names) {
        Lease lease = new Lease();
        lease.widen(names);
        return lease;
    }

    /** Every lock row, held or left by a dead process, in name order. */
    public List<LockHolder> holders() {
        OffsetDateTime cutoff = now().minus(settings.timeout());
        return jdbc.query("SELECT " + HOLDER_COLUMNS + " FROM pipeline_lock ORDER BY lock_name", (rs, n) -> holder(rs, cutoff));
    }

    /** The database's clock. */
    public OffsetDateTime now() {
        return jdbc.queryForObject("SELECT CURRENT_TIMESTAMP", OffsetDateTime.class);
    }

    /** Gives back every lock this process still holds and stops the heartbeat. */
    @Override
    public void close() {
        synchronized (this) {
            if (heartbeat != null) {
                heartbeat.shutdownNow();
                heartbeat = null;
            }
        }
        List.copyOf(held).forEach(this::release);
    }

    private void take(String name) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            OffsetDateTime now = now();
            try {
                jdbc.update("""
                                INSERT INTO pipeline_lock (lock_name, owner_id, acquired_at, heartbeat_at, holder_pid, holder_started,
                                                           holder_host, holder_boot_id)
                                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", name, owner, now, now, process.pid(), process.started(), process.host(), process.bootId());
                held.add(name);
                startHeartbeat();
                return;
            } catch (DuplicateKeyException taken) {
                Optional<Found> current = find(name, now);
                if (current.isPresent() && current.get().holder().live()) {
                    throw new LockBusyException(current.get().holder());
                }
                // Dead holder: take it over, unless it renewed or someone else took it over meanwhile (a holder of this
                // machine that no longer exists cannot renew, so its heartbeat is not looked at).
                boolean gone = current.isPresent() && current.get().goneProcess();
                if (current.isPresent() && jdbc.update("""
                                UPDATE pipeline_lock SET owner_id = ?, acquired_at = ?, heartbeat_at = ?, holder_pid = ?, holder_started = ?,
                                                         holder_host = ?, holder_boot_id = ?
                                WHERE lock_name = ? AND owner_id = ? AND heartbeat_at < ?""",
                        owner, now, now, process.pid(), process.started(), process.host(), process.bootId(),
                        name, current.get().holder().owner(), gone ? now.plusDays(1) : now.minus(settings.timeout())) == 1) {
                    LockHolder was = current.get().holder();
                    if (gone) {
                        log.warn("Took over the lock {} at once from {}: that process of this machine no longer exists", name, was.owner());
                    } else {
                        log.warn("Took over the lock {} from {}, which stopped renewing it at {}", name, was.owner(), was.heartbeatAt());
                    }
                    held.add(name);
                    startHeartbeat();
                    return;
                }
            }
        }
        throw new LockBusyException(find(name, now()).map(Found::holder)
                .orElseThrow(() -> new IllegalStateException("lock " + name + " keeps changing hands")));
    }

    private void release(String name) {
        held.remove(name);
        jdbc.update("DELETE FROM pipeline_lock WHERE lock_name = ? AND owner_id = ?", name, owner);
    }

    private Optional<Found> find(String name, OffsetDateTime now) {
        OffsetDateTime cutoff = now.minus(settings.timeout());
        return jdbc.query("SELECT " + HOLDER_COLUMNS + " FROM pipeline_lock WHERE lock_name = ?",
                (rs, n) -> new Found(holder(rs, cutoff), gone(rs)), name).stream().findFirst();
    }

    private static final String HOLDER_COLUMNS =
            "lock_name, owner_id, acquired_at, heartbeat_at, holder_pid, holder_started, holder_host, holder_boot_id";

    /** A row of {@link #HOLDER_COLUMNS}: live where renewed within the timeout and not left by a process known to be gone. */
    private LockHolder holder(ResultSet rs, OffsetDateTime cutoff) throws SQLException {
        OffsetDateTime heartbeat = rs.getObject(4, OffsetDateTime.class);
        return new LockHolder(rs.getString(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class), heartbeat,
                !heartbeat.isBefore(cutoff) && !gone(rs));
    }

    private boolean gone(ResultSet rs) throws SQLException {
        LockProcess holder = new LockProcess(rs.getObject(5, Long.class), rs.getObject(6, Long.class), rs.getString(7), rs.getString(8));
        return holder.goneAsSeenFrom(process);
    }

    /** A lock row, and whether its holder is a process of this machine that no longer exists. */
    private record Found(LockHolder holder, boolean goneProcess) {
    }

    private synchronized void startHeartbeat() {
        if (heartbeat == null) {
            heartbeat = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "pipeline-lock-heartbeat");
                thread.setDaemon(true);
                return thread;
            });
            long every = settings.heartbeat().toMillis();
            heartbeat.scheduleWithFixedDelay(() -> CrashPoints.uncounted(this::renew), every, every, TimeUnit.MILLISECONDS);
        }
    }

    private void renew() {
        try {
            OffsetDateTime now = now();
            for (String name : held) {
                if (jdbc.update("UPDATE pipeline_lock SET heartbeat_at = ? WHERE lock_name = ? AND owner_id = ?", now, name, owner) == 0
                        && held.remove(name)) {
                    log.error("Lost the lock {}: this process did not renew it within {}, and another took it over", name,
                            settings.timeout());
                }
            }
        } catch (RuntimeException e) {
            // A database hiccup: the next beat tries again, well before the timeout.
            log.warn("Could not renew the locks {}: {}", held, e.getMessage());
        }
    }

    private static String randomTag() {
        byte[] bytes = new byte[4];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Locks taken together and given back together; more may be added while it is held. */
    public final class Lease implements AutoCloseable {
        private final SortedSet<String> names = new TreeSet<>();

        private Lease() {
        }

        /**
         * Adds the named locks this lease does not hold yet, all or none.
         *
         * @throws LockBusyException where a live process holds one of them
         */
        public void widen(Collection<String> more) {
            List<String> taken = new ArrayList<>();
            try {
                for (String name : new TreeSet<>(more)) {
                    if (!names.contains(name)) {
                        take(name);
                        taken.add(name);
                    }
                }
            } catch (RuntimeException e) {
                taken.forEach(PipelineLock.this::release);
                throw e;
            }
            names.addAll(taken);
        }

        public SortedSet<String> names() {
            return Collections.unmodifiableSortedSet(names);
        }

        @Override
        public void close() {
            names.forEach(PipelineLock.this::release);
            names.clear();
        }
    }
}
