package org.oas.cim.pipeline.report;

import org.oas.cim.pipeline.publish.SafeCsvWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A report as CSV: the summary as label/value rows, a blank row, then the issues under their headings. UTF-8
 * with a byte-order mark, so that Excel in a Spanish or Portuguese locale shows the accents. Every cell goes through
 * the {@link SafeCsvWriter}: a file name, a sheet name, a header or a value never runs as a formula.
 */
final class CsvReport {
    private CsvReport() {
    }

    static void write(LocalizedReport report, Path target) throws IOException {
        try (SafeCsvWriter csv = SafeCsvWriter.open(Files.newOutputStream(target), true, "\n")) {
            for (LocalizedReport.Field field : report.summary()) {
                csv.row(field.label(), field.value());
            }
            csv.row();
            csv.row(report.columns().toArray(String[]::new));
            for (LocalizedReport.Line line : report.lines()) {
                csv.row(line.cells().toArray(String[]::new));
            }
        }
    }
}
