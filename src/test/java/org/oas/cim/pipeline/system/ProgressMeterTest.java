package org.oas.cim.pipeline.system;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The progress line counts files and rows, and estimates the time left from the bytes still to read. */
class ProgressMeterTest {
    @Test
    void theLineSaysFilesRowsRateAndTimeLeftUntilTheLastFile() {
        ProgressMeter meter = new ProgressMeter();
        meter.filesStarted(3, 3_000);
        assertThat(meter.line()).startsWith("ingest: 0/3 files, 0 rows, 0 rows/s").doesNotContain("left");
        meter.rowsDone(1_500);
        meter.fileDone(1, 1_000);
        assertThat(meter.line()).startsWith("ingest: 1/3 files, 1,500 rows, ").contains("rows/s, about ").endsWith(" s left");
        meter.fileDone(2, 1_000);
        meter.fileDone(3, 1_000);
        assertThat(meter.line()).startsWith("ingest: 3/3 files, 1,500 rows, ").doesNotContain("left");
        meter.stop();
    }

    /**
     * With a small xlsx done and a large csv half read, the time left counts the half read: counting finished files
     * only, it said "about 1,111 s left" one second before the end of a run.
     */
    @Test
    void theTimeLeftCountsWhatTheReadersOfUnfinishedFilesHaveGotThrough() {
        ProgressMeter meter = new ProgressMeter();
        meter.filesStarted(2, 4_000);
        AtomicReference<Double> csvShare = new AtomicReference<>(0.0);
        meter.fileStarted(7, 1_000, () -> 0.25);
        assertThat(meter.line(100)).as("a quarter of 1,000 bytes in 100 s: 3,750 left take 1,500 s").endsWith("about 1500 s left");
        meter.fileDone(7, 1_000);
        meter.fileStarted(8, 3_000, csvShare::get);
        assertThat(meter.line(100)).endsWith("about 300 s left");
        csvShare.set(0.5);
        assertThat(meter.line(100)).endsWith("about 60 s left");
        csvShare.set(1.5);
        assertThat(meter.line(100)).as("a share past the end counts as the end").endsWith("about 0 s left");
        meter.fileDone(8, 3_000);
        assertThat(meter.line(100)).startsWith("ingest: 2/2 files").doesNotContain("left");
        meter.stop();
    }
}
