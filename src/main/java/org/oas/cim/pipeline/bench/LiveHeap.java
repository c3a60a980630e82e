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
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
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
    /**
     * How long an announcement may take to come (it comes within milliseconds); one later than that is dropped with the
     * next request's.
     */
    private static final Duration ANNOUNCEMENT_WAIT = Duration.ofSeconds(1);

    private final ConcurrentSkipListMap<LocalDateTime, Long> samples = new ConcurrentSkipListMap<>();
    private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
    /** What the last full collection asked for left, once announced. */
    private final BlockingQueue<Long> collected = new LinkedBlockingQueue<>();
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
                try {
                    sample();
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
            collected.offer(live);
        }
    }

    /**
     * Asks for a full collection and, once the collector has announced it, keeps what it left as a sample of the time
     * the collection returned (its announcement may come well after: they are handed over one by one, the young
     * collections' too). Where the JVM declined the request, no collection is counted or announced, and no sample is
     * taken.
     */
    private void sample() throws InterruptedException {
        collected.clear();
        long collectionsBefore = collections();
        System.gc();
        LocalDateTime collectedAt = LocalDateTime.now();
        if (collections() == collectionsBefore) {
            return;
        }
        Long live = collected.poll(ANNOUNCEMENT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        if (live != null) {
            samples.merge(collectedAt, live, Math::max);
        }
    }

    /** How many collections the collectors have made so far, counted as each ends. */
    private long collections() {
        return collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    long peakBytes() {
        return samples.values().stream().mapToLong(Long::longValue).max().orElse(0);
    }

    /** The largest sample taken between two times; -1 where none was (a step shorter than the interval). */
    long peakBytes(LocalDateTime from, LocalDateTime to) {
        return samplesBetween(from, to).values().stream().mapToLong(Long::longValue).max().orElse(-1);
    }

    /** The samples taken between two times, by time: bytes in use after each collection. */
    SortedMap<LocalDateTime, Long> samplesBetween(LocalDateTime from, LocalDateTime to) {
        return Collections.unmodifiableSortedMap(samples.subMap(from, true, to, true));
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
