package org.oas.cim.pipeline.bench;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark's live heap counts what is reachable, not the garbage other threads leave meanwhile. */
class LiveHeapTest {
    private static final int HELD_BYTES = 64 * 1024 * 1024;
    private static final long MB = 1024 * 1024;

    @Test
    void countsWhatIsHeldAndNotTheGarbageAround() throws Exception {
        Thread litter = new Thread(() -> {
            long sink = 0;
            while (!Thread.currentThread().isInterrupted()) {
                sink += new byte[256 * 1024].length;
            }
            assertThat(sink).isPositive();
        }, "litter");
        try (LiveHeap heap = new LiveHeap(Duration.ofMillis(20))) {
            litter.start();
            LocalDateTime holding = LocalDateTime.now();
            byte[] held = new byte[HELD_BYTES];
            long whileHeld = sampled(heap, holding);
            assertThat(held).hasSize(HELD_BYTES);
            held = null;
            long afterwards = sampled(heap, LocalDateTime.now());

            assertThat(whileHeld - afterwards).as("MB the array added to the live heap").isBetween(HELD_BYTES / MB - 8, HELD_BYTES / MB + 8);
        } finally {
            litter.interrupt();
            litter.join();
        }
    }

    /** The largest live heap of a few samples taken from now on, in megabytes. */
    private static long sampled(LiveHeap heap, LocalDateTime from) throws InterruptedException {
        while (heap.peakBytes(from, LocalDateTime.now()) < 0) {
            Thread.sleep(10);
        }
        Thread.sleep(200);
        return heap.peakBytes(from, LocalDateTime.now()) / MB;
    }
}
