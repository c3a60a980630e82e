package org.oas.cim.pipeline.report;

import com.opencsv.CSVWriter;
import org.oas.cim.pipeline.publish.CellText;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A report as CSV: the summary as label/value rows, a blank row, then the issues under their headings. UTF-8
 * with a byte-order mark, so that Excel in a Spanish or Portuguese locale shows the accents.
 */
final class CsvReport {
    private CsvReport() {
    }

    static void write(LocalizedReport report, Path target) throws IOException {
        try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8);
             CSVWriter csv = new CSVWriter(out)) {
            out.write('\uFEFF');
            for (LocalizedReport.Field field : report.summary()) {
                csv.writeNext(new String[] {field.label(), field.value()}, false);
            }
            csv.writeNext(new String[0], false);
            csv.writeNext(report.columns().toArray(String[]::new), false);
            for (LocalizedReport.Line line : report.lines()) {
                // Only the value found is the researcher's own text, and only it could start like a formula.
                String[] cells = line.cells().toArray(String[]::new);
                cells[LocalizedReport.Line.VALUE] = CellText.guardFormula(line.value());
                csv.writeNext(cells, false);
            }
        }
    }
}
