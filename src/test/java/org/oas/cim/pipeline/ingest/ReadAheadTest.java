package org.oas.cim.pipeline.ingest;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadAheadTest {
    private static RecordRows row(int n) {
        return RecordRows.rejected(1, "Sheet1", n, "", List.of());
    }

    @Test
    void handsTheRecordsOverInTheSourcesOrderThenTheEnd() throws IOException {
        AtomicInteger produced = new AtomicInteger();
        try (ReadAhead ahead = new ReadAhead("test-read", 3, () -> produced.get() < 1000 ? row(produced.incrementAndGet()) : null)) {
            List<Integer> rows = new ArrayList<>();
            RecordRows record;
            while ((record = ahead.next()) != null) {
                assertThat(ahead.ended()).isFalse();
                rows.add(record.row());
            }
            assertThat(rows).hasSize(1000).isSorted().startsWith(1).endsWith(1000);
            assertThat(ahead.ended()).isTrue();
            assertThat(ahead.next()).isNull();
        }
    }

    @Test
    void whatTheSourceThrowsIsThrownWhereTheRecordsAreTaken() throws IOException {
        AtomicInteger produced = new AtomicInteger();
        try (ReadAhead ahead = new ReadAhead("test-read", 3, () -> {
            if (produced.incrementAndGet() > 2) {
                throw new IOException("the disk went away");
            }
            return row(produced.get());
        })) {
            assertThat(ahead.next().row()).isEqualTo(1);
            assertThat(ahead.next().row()).isEqualTo(2);
            assertThatThrownBy(ahead::next).isInstanceOf(IOException.class).hasMessage("the disk went away");
        }
        try (ReadAhead ahead = new ReadAhead("test-read", 3, () -> {
            throw new OutOfMemoryError("injected");
        })) {
            // An error too, so that a step out of memory fails (and stays restartable) as it did reading by itself.
            assertThatThrownBy(ahead::next).isInstanceOf(OutOfMemoryError.class).hasMessage("injected");
        }
    }

    @Test
    void closingStopsTheThreadBeforeTheSourceIsClosed() throws IOException {
        AtomicInteger produced = new AtomicInteger();
        Thread[] producer = new Thread[1];
        ReadAhead ahead = new ReadAhead("test-read", 2, () -> {
            producer[0] = Thread.currentThread();
            return row(produced.incrementAndGet());
        });
        assertThat(ahead.next().row()).isEqualTo(1);
        ahead.close();
        // The thread is gone, so nothing more is read from the source; and it was never more than the queue's capacity
        // (and the record it was handing over) ahead of what was taken.
        assertThat(producer[0].isAlive()).isFalse();
        assertThat(produced.get()).isLessThanOrEqualTo(1 + 2 + 1);
    }

    @Test
    void aThreadThatEndsWithoutHandingAnythingOverFailsTheStepInsteadOfHangingIt() {
        // Interrupted, it cannot hand its failure over: the taker notices it is gone.
        try (ReadAhead ahead = new ReadAhead("test-read", 2, () -> {
            Thread.currentThread().interrupt();
            throw new IllegalArgumentException("lost");
        })) {
            assertThatThrownBy(ahead::next).isInstanceOf(IllegalStateException.class).hasMessageContaining("test-read");
        }
    }
}
