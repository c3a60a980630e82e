package org.oas.cim.pipeline.schedule;

import org.oas.cim.pipeline.system.CrashPoints;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
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

    private final LockStore store;
    private final LockSettings settings;
    private final String owner;
    private final LockProcess process = LockProcess.current();
    private final Set<String> held = new ConcurrentSkipListSet<>();
    private ScheduledExecutorService heartbeat;

    public PipelineLock(LockStore store, LockSettings settings) {
        this.store = store;
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
        return store.all().stream().map(row -> holder(row, cutoff)).toList();
    }

    /** The database's clock. */
    public OffsetDateTime now() {
        return store.now();
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
                store.insert(name, owner, now, process);
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
                if (current.isPresent() && store.takeOver(name, owner, now, process, current.get().holder().owner(),
                        gone ? now.plusDays(1) : now.minus(settings.timeout()))) {
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
        store.delete(name, owner);
    }

    private Optional<Found> find(String name, OffsetDateTime now) {
        OffsetDateTime cutoff = now.minus(settings.timeout());
        return store.find(name).map(row -> new Found(holder(row, cutoff), row.holder().goneAsSeenFrom(process)));
    }

    /** A lock row: live where renewed within the timeout and not left by a process known to be gone. */
    private LockHolder holder(LockStore.Row row, OffsetDateTime cutoff) {
        return new LockHolder(row.name(), row.owner(), row.acquiredAt(), row.heartbeatAt(),
                !row.heartbeatAt().isBefore(cutoff) && !row.holder().goneAsSeenFrom(process));
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
                if (!store.renew(name, owner, now) && held.remove(name)) {
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
