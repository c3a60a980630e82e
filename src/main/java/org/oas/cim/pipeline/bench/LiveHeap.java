package org.oas.cim.pipeline.bench;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Collectors;

/**
 * The live heap while a benchmark runs: at each interval a full collection is asked for, and the heap it left in use,
 * as the collector announces it, is a sample. Only a full collection the program asked for counts: the heap's use read
 * a moment later also counts what the program's other threads allocated meanwhile, and the JVM may decline the request
 * (a thread inflating a zip entry holds off collections for a moment), in which case the next young collection leaves
 * the old generation's garbage in the count; both once gave twice the real figure on a busy machine. Its maximum is
 * what the program really held at once (the raw peak also counts garbage not yet collected); the samples are kept by
 * time, so that each step's own maximum can be told apart. The collections slow the run a little; only the benchmark
 * uses this.
 */
final class LiveHeap implements AutoCloseable {
    /** The cause the collector gives for a collection asked for by {@code System.gc()}. */
    private static final String ASKED_FOR = "System.gc()";
    private static final String FULL_COLLECTION = "end of major GC";

    private final ConcurrentSkipListMap<LocalDateTime, Long> samples = new ConcurrentSkipListMap<>();
    private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
    private final long jvmStartMillis = ManagementFactory.getRuntimeMXBean().getStartTime();
    private final NotificationListener onCollection;
    private final Thread sampler;

    LiveHeap(Duration interval) {
        Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
        onCollection = (notification, handback) -> recordIfAskedFor(notification, heapPools);
        for (GarbageCollectorMXBean collector : collectors) {
            ((NotificationEmitter) collector).addNotificationListener(onCollection, null, null);
        }
        sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                System.gc();
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

    private void recordIfAskedFor(Notification notification, Set<String> heapPools) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo collection = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        if (ASKED_FOR.equals(collection.getGcCause()) && FULL_COLLECTION.equals(collection.getGcAction())) {
            long live = collection.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                    .filter(pool -> heapPools.contains(pool.getKey())).mapToLong(pool -> pool.getValue().getUsed()).sum();
            samples.merge(endOf(collection), live, Math::max);
        }
    }

    /**
     * When the collection ended, by the clock of the steps' times: a notification may arrive well after its collection
     * (they are handed over one by one, and a busy program's young collections announce themselves too).
     */
    private LocalDateTime endOf(GarbageCollectionNotificationInfo collection) {
        Instant end = Instant.ofEpochMilli(jvmStartMillis + collection.getGcInfo().getEndTime());
        return LocalDateTime.ofInstant(end, ZoneId.systemDefault());
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
        for (GarbageCollectorMXBean collector : collectors) {
            try {
                ((NotificationEmitter) collector).removeNotificationListener(onCollection);
            } catch (ListenerNotFoundException e) {
                // Never added to this collector: nothing to remove.
            }
        }
    }
}
