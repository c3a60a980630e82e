package org.oas.cim.pipeline.crash;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a drill's crash points side by side. Each point has a home (and database) of its own and its processes spend
 * most of their time starting a JVM on one core, so two at once take about half the time of one after the other on a
 * two-core machine. {@code -Dcrash.parallel=1} runs them one by one. A failure is reported for the lowest point that
 * failed, whatever finished first, with the failures of later points attached.
 */
final class EachPoint {
    private static final String PARALLEL = "crash.parallel";

    /** The drill of one point: crash the command there, finish the work, assert the home. */
    interface Check {
        void at(int point) throws Exception;
    }

    private EachPoint() {
    }

    static void check(SortedSet<Integer> points, Check check) throws Exception {
        int threads = Math.max(1, Integer.getInteger(PARALLEL, Math.min(2, Runtime.getRuntime().availableProcessors())));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> drills = new ArrayList<>();
            for (int point : points) {
                drills.add(pool.submit(() -> {
                    check.at(point);
                    return null;
                }));
            }
            Throwable first = null;
            for (Future<?> drill : drills) {
                try {
                    drill.get();
                } catch (ExecutionException failed) {
                    if (first == null) {
                        first = failed.getCause();
                    } else {
                        first.addSuppressed(failed.getCause());
                    }
                }
            }
            if (first instanceof Error error) {
                throw error;
            }
            if (first != null) {
                throw (Exception) first;
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
