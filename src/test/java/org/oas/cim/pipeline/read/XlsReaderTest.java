package org.oas.cim.pipeline.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Excel 97-2003 files written by HSSF and read back. */
class XlsReaderTest {
    @TempDir
    Path dir;

    @Test
    void everySheetIsReadInOrderWithFormulaCachedValuesBooleansErrorsAndText() throws Exception {
        Path file = write("survey.xls", wb -> {
            wb.createSheet("Léame").createRow(0).createCell(0).setCellValue("Instrucciones");
            Row row = wb.createSheet("Respuestas").createRow(1);
            row.createCell(0).setCellValue(1500);
            row.createCell(1).setCellFormula("A2*2");
            row.createCell(2).setCellFormula("CONCATENATE(\"Casa \",\"Alianza\")");
            row.createCell(3).setCellFormula("A2>1000");
            row.createCell(4).setCellFormula("1/0");
            row.createCell(5).setCellValue(false);
            row.createCell(6).setCellErrorValue(FormulaError.NA.getCode());
            row.createCell(7).setCellValue("1500");
            row.createCell(8).setCellValue(2.5);
            row.createCell(9).setCellValue("");
            row.createCell(11).setCellValue("Não");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });

        List<ReadBack.Sheet> sheets = ReadBack.read(file);

        assertThat(sheets).extracting(ReadBack.Sheet::name).containsExactly("Léame", "Respuestas");
        assertThat(sheets.get(0).text(1, 1)).isEqualTo("Instrucciones");
        assertThat(sheets.get(1).rows()).singleElement().extracting(RawRow::number).isEqualTo(2);
        assertThat(sheets.get(1).row(2).cells()).containsExactly(
                new RawCell(1, "1500", 1500.0, null),
                new RawCell(2, "3000", 3000.0, null),
                RawCell.text(3, "Casa Alianza"),
                RawCell.text(4, "TRUE"),
                RawCell.text(5, "#DIV/0!"),
                RawCell.text(6, "FALSE"),
                RawCell.text(7, "#N/A"),
                RawCell.text(8, "1500"),
                new RawCell(9, "2.5", 2.5, null),
                RawCell.text(12, "Não"));
    }

    @Test
    void dateFormattedNumbersAreIsoDates() throws Exception {
        Path file = write("dates.xls", wb -> {
            CellStyle dayFirst = wb.createCellStyle();
            dayFirst.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle withTime = wb.createCellStyle();
            withTime.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            Row row = wb.createSheet("D").createRow(0);
            row.createCell(0).setCellValue(LocalDate.of(2002, 3, 15));
            row.getCell(0).setCellStyle(dayFirst);
            row.createCell(1).setCellValue(LocalDateTime.of(2002, 3, 15, 10, 30));
            row.getCell(1).setCellStyle(withTime);
        });

        RawRow row = ReadBack.only(file).row(1);

        assertThat(row.cells()).containsExactly(
                new RawCell(1, "2002-03-15", 37330.0, LocalDateTime.of(2002, 3, 15, 0, 0)),
                new RawCell(2, "2002-03-15T10:30:00", DateUtil.getExcelDate(LocalDateTime.of(2002, 3, 15, 10, 30)),
                        LocalDateTime.of(2002, 3, 15, 10, 30)));
    }

    @Test
    void dateSerialsOfA1904WorkbookCountFrom1904() throws Exception {
        Path file = write("dates1904.xls", wb -> {
            ((DateWindow1904Record) wb.getInternalWorkbook().findFirstRecordBySid(DateWindow1904Record.sid)).setWindowing((short) 1);
            CellStyle dayFirst = wb.createCellStyle();
            dayFirst.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            Row row = wb.createSheet("D").createRow(0);
            row.createCell(0).setCellValue(37330 - 1462);
            row.getCell(0).setCellStyle(dayFirst);
        });

        assertThat(ReadBack.only(file).cell(1, 1).date()).isEqualTo(LocalDateTime.of(2002, 3, 15, 0, 0));
    }

    interface Filler {
        void fill(HSSFWorkbook workbook) throws Exception;
    }

    private Path write(String name, Filler filler) throws Exception {
        Path file = dir.resolve(name);
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            filler.fill(workbook);
            workbook.write(out);
        }
        return file;
    }
}
