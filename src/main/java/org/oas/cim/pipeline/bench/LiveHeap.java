package org.oas.cim.pipeline.bench;

import com.sun.management.GarbageCollectorMXBean;
import com.sun.management.GcInfo;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Collectors;

/**
 * The live heap while a benchmark runs: at each interval a full collection, then the heap it left in use, as the
 * collector reports it (the heap's use read a moment later also counts what the program's other threads allocated
 * meanwhile: with a file read ahead on a thread of its own, tens of megabytes on a busy machine). Its
 * maximum is what the program really held at once (the raw peak also counts garbage not yet collected); the samples
 * are kept by time, so that each step's own maximum can be told apart. The collections slow the run a little; only
 * the benchmark uses this.
 */
final class LiveHeap implements AutoCloseable {
    private final ConcurrentSkipListMap<LocalDateTime, Long> samples = new ConcurrentSkipListMap<>();
    private final Thread sampler;

    LiveHeap(Duration interval) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        List<GarbageCollectorMXBean> collectors = ManagementFactory.getPlatformMXBeans(GarbageCollectorMXBean.class);
        Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
        sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                long[] collectionsBefore = collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).toArray();
                memory.gc();
                long live = afterCollection(collectors, collectionsBefore, heapPools)
                        .orElseGet(() -> memory.getHeapMemoryUsage().getUsed());
                samples.merge(LocalDateTime.now(), live, Math::max);
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

    /**
     * The heap in use right after the collection just asked for: of the collectors that ran meanwhile, the least any
     * left (a young collection right after the full one can only have found more); empty where none reports it.
     */
    private static OptionalLong afterCollection(List<GarbageCollectorMXBean> collectors, long[] collectionsBefore, Set<String> heapPools) {
        OptionalLong least = OptionalLong.empty();
        for (int i = 0; i < collectors.size(); i++) {
            GcInfo last = collectors.get(i).getLastGcInfo();
            if (collectors.get(i).getCollectionCount() == collectionsBefore[i] || last == null) {
                continue;
            }
            long used = last.getMemoryUsageAfterGc().entrySet().stream().filter(pool -> heapPools.contains(pool.getKey()))
                    .mapToLong(pool -> pool.getValue().getUsed()).sum();
            if (least.isEmpty() || used < least.getAsLong()) {
                least = OptionalLong.of(used);
            }
        }
        return least;
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
