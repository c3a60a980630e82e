package org.oas.cim.pipeline.bench;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.SortedMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark's live heap counts what is reachable, not the garbage other threads leave meanwhile. */
class LiveHeapTest {
    private static final int HELD_BYTES = 64 * 1024 * 1024;
    private static final long MB = 1024 * 1024;
    /** The garbage the littering thread made last. */
    private static volatile byte[] litterSpot;

    @Test
    void countsWhatIsHeldAndNotTheGarbageAround() throws Exception {
        Thread litter = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                // Kept where the compiler cannot tell it is never read: the array must really be made, then dropped.
                litterSpot = new byte[256 * 1024];
            }
        }, "litter");
        try (LiveHeap heap = new LiveHeap(Duration.ofMillis(20))) {
            litter.start();
            byte[] held = new byte[HELD_BYTES];
            long whileHeld = sampledFromNow(heap);
            assertThat(held).hasSize(HELD_BYTES);
            held = null;
            long afterwards = sampledFromNow(heap);

            assertThat(whileHeld - afterwards).as("MB the array added to the live heap (%d then %d)", whileHeld, afterwards)
                    .isBetween(HELD_BYTES / MB - 8, HELD_BYTES / MB + 8);
        } finally {
            litter.interrupt();
            litter.join();
        }
    }

    /**
     * The live heap, in megabytes, of the second sample taken from now on: the first may be of a collection that ended
     * just before now (its time is read once the collection has returned), the second began after the first's time.
     */
    private static long sampledFromNow(LiveHeap heap) throws InterruptedException {
        LocalDateTime from = LocalDateTime.now();
        SortedMap<LocalDateTime, Long> taken;
        while ((taken = heap.samplesBetween(from, LocalDateTime.now())).size() < 2) {
            Thread.sleep(10);
        }
        return taken.values().stream().skip(1).findFirst().orElseThrow() / MB;
    }
}
