package org.oas.cim.pipeline.system;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The durable steps of this process, counted in order (each database commit, each write statement that commits by
 * itself, each DDL statement, each file move or write under the home), for crash drills. With
 * {@code -Dpipeline.crash-at=N} the JVM halts, as a kill would (no shutdown hook, no finally block), just before the
 * N-th; with {@code -Dpipeline.fail-at=N} an {@link OutOfMemoryError} is thrown there instead, as a heap too small for
 * the work would (the process goes on: what it leaves is what the next run must take); with
 * {@code -Dpipeline.crash-points=count} the process prints {@code crash points: M} as it ends, and with
 * {@code =list} also each point on stderr as it passes it ({@code crash point N: before ...}). Without
 * either, nothing is counted and nothing is wrapped.
 */
public final class CrashPoints {
    public static final String CRASH_AT = "pipeline.crash-at";
    public static final String FAIL_AT = "pipeline.fail-at";
    public static final String COUNT = "pipeline.crash-points";
    /** The exit status of a halted process: that of a process killed by SIGKILL. */
    public static final int HALT_STATUS = 137;

    private static final long crashAt = Long.getLong(CRASH_AT, 0);
    private static final long failAt = Long.getLong(FAIL_AT, 0);
    private static final boolean listing = "list".equals(System.getProperty(COUNT));
    private static final boolean counting = listing || "count".equals(System.getProperty(COUNT));
    private static final AtomicLong passed = new AtomicLong();
    private static final ThreadLocal<Boolean> uncounted = ThreadLocal.withInitial(() -> false);

    private CrashPoints() {
    }

    /** Whether durable steps are counted in this process. */
    public static boolean enabled() {
        return crashAt > 0 || failAt > 0 || counting;
    }

    /** Marks the next durable step; halts the JVM, or fails with an out-of-memory, where it is the one asked for. */
    public static void reached(String step) {
        if (!enabled() || uncounted.get()) {
            return;
        }
        long n;
        // Files are ingested side by side: a point's number and its line are taken together, so the list is in order.
        synchronized (passed) {
            n = passed.incrementAndGet();
            if (listing) {
                System.err.println("crash point " + n + ": before " + step);
            }
        }
        if (n == failAt) {
            System.err.println("crash point " + n + ": out of memory before " + step);
            throw new OutOfMemoryError("injected at crash point " + n + ", before " + step);
        }
        if (n == crashAt) {
            System.err.println("crash point " + n + ": halting before " + step);
            System.err.flush();
            Runtime.getRuntime().halt(HALT_STATUS);
        }
    }

    /**
     * Runs work whose durable steps depend on time, not on the inputs (a lock's heartbeat): they are left out, so that
     * the numbering is the same in every run of the same inputs (ingesting one file at a time:
     * {@code pipeline.ingest-threads=1}; files ingested side by side interleave their points).
     */
    public static void uncounted(Runnable work) {
        uncounted.set(true);
        try {
            work.run();
        } finally {
            uncounted.set(false);
        }
    }

    /** Prints {@code crash points: M} where counting was asked for. */
    public static void printCount(PrintStream out) {
        if (counting) {
            out.println("crash points: " + passed.get());
            out.flush();
        }
    }
}
