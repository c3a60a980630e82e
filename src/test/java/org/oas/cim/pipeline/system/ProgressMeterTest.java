package org.oas.cim.pipeline.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The progress line counts files and rows, and estimates the time left from the bytes still to read. */
class ProgressMeterTest {
    @Test
    void theLineSaysFilesRowsRateAndTimeLeftUntilTheLastFile() {
        ProgressMeter meter = new ProgressMeter();
        meter.filesStarted(3, 3_000);
        assertThat(meter.line()).startsWith("ingest: 0/3 files, 0 rows, 0 rows/s").doesNotContain("left");
        meter.rowsDone(1_500);
        meter.fileDone(1_000);
        assertThat(meter.line()).startsWith("ingest: 1/3 files, 1,500 rows, ").contains("rows/s, about ").endsWith(" s left");
        meter.fileDone(1_000);
        meter.fileDone(1_000);
        assertThat(meter.line()).startsWith("ingest: 3/3 files, 1,500 rows, ").doesNotContain("left");
        meter.stop();
    }
}
