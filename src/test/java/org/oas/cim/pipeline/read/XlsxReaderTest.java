package org.oas.cim.pipeline.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** xlsx files written by POI's usermodel, read back through the streaming reader. */
class XlsxReaderTest {
    @TempDir
    Path dir;

    @Test
    void everySheetIsReadInWorkbookOrderUnderItsName() throws Exception {
        Path file = write("sheets.xlsx", new XSSFWorkbook(), wb -> {
            wb.createSheet("Instrucciones").createRow(0).createCell(0).setCellValue("Llene una fila por ONG");
            wb.createSheet("Respuestas").createRow(0).createCell(0).setCellValue("P1");
            wb.createSheet("Vacía");
            wb.createSheet("Notas").createRow(2).createCell(1).setCellValue("fin");
        });

        List<ReadBack.Sheet> sheets = ReadBack.read(file);

        assertThat(sheets).extracting(ReadBack.Sheet::name).containsExactly("Instrucciones", "Respuestas", "Vacía", "Notas");
        assertThat(sheets.get(0).text(1, 1)).isEqualTo("Llene una fila por ONG");
        assertThat(sheets.get(1).text(1, 1)).isEqualTo("P1");
        assertThat(sheets.get(2).rows()).isEmpty();
        assertThat(sheets.get(3).rows()).singleElement().satisfies(row -> {
            assertThat(row.number()).isEqualTo(3);
            assertThat(row.cells()).containsExactly(RawCell.text(2, "fin"));
        });
    }

    @Test
    void aMacroEnabledWorkbookIsReadLikeAnXlsx() throws Exception {
        Path file = write("macros.xlsm", new XSSFWorkbook(XSSFWorkbookType.XLSM),
                wb -> wb.createSheet("M").createRow(0).createCell(0).setCellValue("con macros"));

        assertThat(ReadBack.only(file).text(1, 1)).isEqualTo("con macros");
    }

    @Test
    void formulaCellsGiveTheirCachedValue() throws Exception {
        Path file = write("formulas.xlsx", new XSSFWorkbook(), wb -> {
            Row row = wb.createSheet("F").createRow(0);
            row.createCell(0).setCellValue(1500);
            row.createCell(1).setCellFormula("A1*2");
            row.createCell(2).setCellFormula("CONCATENATE(\"Casa \",\"Alianza\")");
            row.createCell(3).setCellFormula("A1>1000");
            row.createCell(4).setCellFormula("1/0");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });

        RawRow row = ReadBack.only(file).row(1);

        assertThat(row.cells()).containsExactly(
                new RawCell(1, "1500", 1500.0, null),
                new RawCell(2, "3000", 3000.0, null),
                RawCell.text(3, "Casa Alianza"),
                RawCell.text(4, "TRUE"),
                RawCell.text(5, "#DIV/0!"));
    }

    @Test
    void dateFormattedNumbersInThe1900SystemAreIsoDatesWithTheirSerial() throws Exception {
        Path file = write("dates1900.xlsx", new XSSFWorkbook(), wb -> {
            CellStyle dayFirst = wb.createCellStyle();
            dayFirst.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle builtin = wb.createCellStyle();
            builtin.setDataFormat((short) 14);
            CellStyle withTime = wb.createCellStyle();
            withTime.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            Row row = wb.createSheet("D").createRow(0);
            row.createCell(0).setCellValue(LocalDate.of(2002, 3, 15));
            row.getCell(0).setCellStyle(dayFirst);
            row.createCell(1).setCellValue(LocalDate.of(1999, 12, 31));
            row.getCell(1).setCellStyle(builtin);
            row.createCell(2).setCellValue(LocalDateTime.of(2002, 3, 15, 10, 30));
            row.getCell(2).setCellStyle(withTime);
            row.createCell(3).setCellValue(37330);
        });

        ReadBack.Sheet sheet = ReadBack.only(file);

        assertThat(sheet.cell(1, 1)).isEqualTo(new RawCell(1, "2002-03-15", 37330.0, LocalDateTime.of(2002, 3, 15, 0, 0)));
        assertThat(sheet.cell(1, 2).date()).isEqualTo(LocalDateTime.of(1999, 12, 31, 0, 0));
        assertThat(sheet.cell(1, 2).text()).isEqualTo("1999-12-31");
        assertThat(sheet.cell(1, 3).text()).isEqualTo("2002-03-15T10:30:00");
        assertThat(sheet.cell(1, 3).date()).isEqualTo(LocalDateTime.of(2002, 3, 15, 10, 30));
        assertThat(sheet.cell(1, 4)).as("the same serial without a date format is a number")
                .isEqualTo(new RawCell(4, "37330", 37330.0, null));
    }

    @Test
    void dateFormattedNumbersInThe1904SystemCountFromTheWorkbooksEpoch() throws Exception {
        Path file = write("dates1904.xlsx", new XSSFWorkbook(), wb -> {
            var ct = wb.getCTWorkbook();
            (ct.isSetWorkbookPr() ? ct.getWorkbookPr() : ct.addNewWorkbookPr()).setDate1904(true);
            CellStyle dayFirst = wb.createCellStyle();
            dayFirst.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            Row row = wb.createSheet("D").createRow(0);
            row.createCell(0).setCellValue(LocalDate.of(2002, 3, 15));
            row.getCell(0).setCellStyle(dayFirst);
        });

        RawCell cell = ReadBack.only(file).cell(1, 1);

        assertThat(cell.text()).isEqualTo("2002-03-15");
        assertThat(cell.date()).isEqualTo(LocalDateTime.of(2002, 3, 15, 0, 0));
        assertThat(cell.number()).as("the 1904 serial is 1462 days below the 1900 one")
                .isEqualTo(DateUtil.getExcelDate(LocalDate.of(2002, 3, 15), false) - 1462);
    }

    @Test
    void sharedStringsWithRichTextRunsReadAsTheirWholeText() throws Exception {
        Path file = write("rich.xlsx", new XSSFWorkbook(), wb -> {
            XSSFFont bold = wb.createFont();
            bold.setBold(true);
            XSSFRichTextString rich = new XSSFRichTextString("Casa Alianza Honduras");
            rich.applyFont(0, 5, bold);
            rich.applyFont(13, 21, bold);
            Row row = wb.createSheet("S").createRow(0);
            row.createCell(0).setCellValue(rich);
            row.createCell(1).setCellValue("Asociación");
            row.createCell(2).setCellValue("Asociación");
        });

        assertThat(ReadBack.only(file).row(1).cells()).containsExactly(
                RawCell.text(1, "Casa Alianza Honduras"), RawCell.text(2, "Asociación"), RawCell.text(3, "Asociación"));
    }

    @Test
    void inlineStringsAreRead() throws Exception {
        Path file = write("inline.xlsx", new SXSSFWorkbook(), wb -> {
            Row row = wb.createSheet("S").createRow(0);
            row.createCell(0).setCellValue("Não sabe");
            row.createCell(1).setCellValue(" con espacios ");
        });

        assertThat(Files.readString(unzipSheet(file))).contains("inlineStr");
        assertThat(ReadBack.only(file).row(1).cells())
                .containsExactly(RawCell.text(1, "Não sabe"), RawCell.text(2, " con espacios "));
    }

    @Test
    void booleansReadAsTrueOrFalseAndErrorsAsTheirText() throws Exception {
        Path file = write("bool.xlsx", new XSSFWorkbook(), wb -> {
            Row row = wb.createSheet("B").createRow(0);
            row.createCell(0).setCellValue(true);
            row.createCell(1).setCellValue(false);
            row.createCell(2).setCellErrorValue(FormulaError.NA.getCode());
        });

        assertThat(ReadBack.only(file).row(1).cells())
                .containsExactly(RawCell.text(1, "TRUE"), RawCell.text(2, "FALSE"), RawCell.text(3, "#N/A"));
    }

    @Test
    void numbersReadAsPlainTextWithoutExponentOrTrailingZero() throws Exception {
        double[] values = {1500, 2.5, 1.5e3, 0.1 + 0.2, 1e-7, -3, 123456789, 1e20, 0};
        Path file = write("numbers.xlsx", new XSSFWorkbook(), wb -> {
            Row row = wb.createSheet("N").createRow(0);
            for (int i = 0; i < values.length; i++) {
                row.createCell(i).setCellValue(values[i]);
            }
        });

        assertThat(ReadBack.only(file).row(1).cells()).extracting(RawCell::text)
                .containsExactly("1500", "2.5", "1500", "0.3", "0.0000001", "-3", "123456789", "100000000000000000000", "0");
        assertThat(ReadBack.only(file).row(1).cells()).extracting(RawCell::number)
                .containsExactly(1500.0, 2.5, 1500.0, 0.1 + 0.2, 1e-7, -3.0, 123456789.0, 1e20, 0.0);
    }

    @Test
    void numbersStoredAsTextStayText() throws Exception {
        Path file = write("numtext.xlsx", new XSSFWorkbook(), wb -> {
            Row row = wb.createSheet("T").createRow(0);
            row.createCell(0).setCellValue("1500");
            row.createCell(1).setCellValue("1.500");
            row.createCell(2).setCellValue("0042");
        });

        assertThat(ReadBack.only(file).row(1).cells())
                .containsExactly(RawCell.text(1, "1500"), RawCell.text(2, "1.500"), RawCell.text(3, "0042"));
    }

    @Test
    void blankCellsAreLeftOutAndRowsWithoutCellsSkippedKeepingRowNumbers() throws Exception {
        Path file = write("blanks.xlsx", new XSSFWorkbook(), wb -> {
            Sheet sheet = wb.createSheet("B");
            CellStyle styled = wb.createCellStyle();
            styled.setDataFormat((short) 14);
            Row first = sheet.createRow(0);
            first.createCell(0).setCellValue("a");
            first.createCell(1).setCellStyle(styled);
            first.createCell(2).setCellValue("");
            first.createCell(3).setCellValue("d");
            sheet.createRow(1).createCell(0).setCellStyle(styled);
            sheet.createRow(4).createCell(2).setCellValue("e");
        });

        List<RawRow> rows = ReadBack.only(file).rows();

        assertThat(rows).extracting(RawRow::number).containsExactly(1, 5);
        assertThat(rows.get(0).cells()).containsExactly(RawCell.text(1, "a"), RawCell.text(4, "d"));
        assertThat(rows.get(1).cells()).containsExactly(RawCell.text(3, "e"));
    }

    interface Filler<W extends Workbook> {
        void fill(W workbook) throws Exception;
    }

    private <W extends Workbook> Path write(String name, W workbook, Filler<W> filler) throws Exception {
        Path file = dir.resolve(name);
        try (workbook; OutputStream out = Files.newOutputStream(file)) {
            filler.fill(workbook);
            workbook.write(out);
            if (workbook instanceof SXSSFWorkbook streaming) {
                streaming.dispose();
            }
        }
        return file;
    }

    private Path unzipSheet(Path xlsx) throws IOException {
        Path sheet = dir.resolve("sheet1.xml");
        try (var zip = new java.util.zip.ZipFile(xlsx.toFile())) {
            Files.copy(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")), sheet);
        }
        return sheet;
    }
}
