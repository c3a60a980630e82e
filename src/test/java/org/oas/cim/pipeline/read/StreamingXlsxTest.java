package org.oas.cim.pipeline.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long sheet pulled row by row: every row arrives, in order, with its values. Speed and memory are
 * measured by the benchmark command, not here.
 */
class StreamingXlsxTest {
    private static final int ROWS = 20_000;
    private static final int COLUMNS = 30;
    private static final LocalDate FIRST_DAY = LocalDate.of(1995, 1, 1);

    @TempDir
    Path dir;

    @Test
    void everyRowOfALongSheetArrivesWithItsValues() throws Exception {
        Path file = dir.resolve("largo.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            Sheet sheet = wb.createSheet("Respuestas");
            for (int r = 0; r < ROWS; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < COLUMNS; c++) {
                    switch (c % 3) {
                        case 0 -> row.createCell(c).setCellValue(r * 100.0 + c);
                        case 1 -> row.createCell(c).setCellValue("r" + r + "c" + (c % 7));
                        default -> {
                            row.createCell(c).setCellValue(FIRST_DAY.plusDays(r % 5000));
                            row.getCell(c).setCellStyle(date);
                        }
                    }
                }
            }
            wb.write(out);
            wb.dispose();
        }

        int rows = 0;
        try (WorkbookStream workbook = Spreadsheets.open(file, ReadLimits.defaults()); SheetStream sheet = workbook.nextSheet()) {
            assertThat(sheet.name()).isEqualTo("Respuestas");
            assertThat(workbook.shareRead()).as("nothing of the rows read yet").isLessThan(0.05);
            for (RawRow row = sheet.next(); row != null; row = sheet.next()) {
                int r = rows++;
                if (r == ROWS / 4) {
                    assertThat(workbook.shareRead()).as("a quarter of the rows read").isBetween(0.2, 0.3);
                }
                assertThat(row.number()).isEqualTo(r + 1);
                assertThat(row.cells()).hasSize(COLUMNS);
                for (RawCell cell : row.cells()) {
                    int c = cell.column() - 1;
                    String expected = switch (c % 3) {
                        case 0 -> String.valueOf(r * 100 + c);
                        case 1 -> "r" + r + "c" + (c % 7);
                        default -> FIRST_DAY.plusDays(r % 5000).toString();
                    };
                    if (!expected.equals(cell.text())) {
                        throw new AssertionError("row " + (r + 1) + " column " + (c + 1) + ": " + cell.text() + " != " + expected);
                    }
                }
            }
            assertThat(workbook.nextSheet()).isNull();
            assertThat(workbook.shareRead()).isEqualTo(1.0);
        }
        assertThat(rows).isEqualTo(ROWS);
    }
}
