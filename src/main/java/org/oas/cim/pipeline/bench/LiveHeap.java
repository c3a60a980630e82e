package org.oas.cim.pipeline.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The live heap while a benchmark runs: every three seconds a full collection, then the heap still in use. Its
 * maximum is what the program really held at once (the raw peak also counts garbage not yet collected).
 * The collections slow the run a little; only the benchmark uses this.
 */
final class LiveHeap implements AutoCloseable {
    private final AtomicLong peak = new AtomicLong();
    private final Thread sampler;

    LiveHeap() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                memory.gc();
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(3000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "live-heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    long peakBytes() {
        return peak.get();
    }

    @Override
    public void close() throws InterruptedException {
        sampler.interrupt();
        sampler.join();
    }
}
