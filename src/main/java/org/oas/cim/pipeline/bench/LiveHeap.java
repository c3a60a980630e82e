package org.oas.cim.pipeline.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The live heap while a benchmark runs: at each interval a full collection, then the heap still in use. Its
 * maximum is what the program really held at once (the raw peak also counts garbage not yet collected); the samples
 * are kept by time, so that each step's own maximum can be told apart. The collections slow the run a little; only
 * the benchmark uses this.
 */
final class LiveHeap implements AutoCloseable {
    private final ConcurrentSkipListMap<LocalDateTime, Long> samples = new ConcurrentSkipListMap<>();
    private final Thread sampler;

    LiveHeap(Duration interval) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                memory.gc();
                samples.merge(LocalDateTime.now(), memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(interval.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "live-heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    long peakBytes() {
        return samples.values().stream().mapToLong(Long::longValue).max().orElse(0);
    }

    /** The largest sample taken between two times; -1 where none was (a step shorter than the interval). */
    long peakBytes(LocalDateTime from, LocalDateTime to) {
        Map<LocalDateTime, Long> during = samples.subMap(from, true, to, true);
        return during.values().stream().mapToLong(Long::longValue).max().orElse(-1);
    }

    @Override
    public void close() throws InterruptedException {
        sampler.interrupt();
        sampler.join();
    }
}
