package org.oas.cim.pipeline.publish;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180Parser;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oas.cim.pipeline.verify.Status;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** findings.xlsx: the same cells as the CSV files, typed, formatted, coloured and explained. */
class XlsxWorkbookWriterTest {
    @TempDir
    static Path dir;

    private static List<Table> tables;
    private static XSSFWorkbook english;
    private static XSSFWorkbook spanish;
    private static XSSFWorkbook portuguese;

    /** Each workbook is written once and read back once: POI is slow to start and the tests only read. */
    @BeforeAll
    static void writeWorkbooks() throws IOException {
        tables = withSample(new FindingsTables(WorkedExample.CODEBOOK, PublishSettings.defaults())
                .tables(WorkedExample.PHASE_1, WorkedExample.phase1(), WorkedExample.quality()));
        english = write(tables, "en");
        spanish = write(tables, "es");
        portuguese = write(tables, "pt");
    }

    @AfterAll
    static void close() throws IOException {
        english.close();
        spanish.close();
        portuguese.close();
    }

    @Test
    void everySheetHoldsTheCsvFilesValuesCellByCell() throws Exception {
        CsvTableWriter csv = new CsvTableWriter(false);
        for (Table table : tables) {
            Path file = dir.resolve(CsvTableWriter.fileName(table));
            csv.write(table, file);
            List<String[]> csvRows = readCsv(file);
            Sheet sheet = english.getSheet(table.name());
            assertThat(sheet.getLastRowNum() + 1).as(table.name()).isEqualTo(csvRows.size());
            for (int r = 0; r < csvRows.size(); r++) {
                for (int c = 0; c < table.columns().size(); c++) {
                    ColumnType type = r == 0 ? ColumnType.TEXT : table.columns().get(c).type();
                    assertThat(asCsvText(sheet.getRow(r).getCell(c), type))
                            .as(table.name() + " row " + r + " " + table.columns().get(c).name()).isEqualTo(csvRows.get(r)[c]);
                }
            }
        }
    }

    @Test
    void numbersAreNumbersAndFormulaLikeTextIsQuotePrefixedText() throws IOException {
        Sheet sheet = english.getSheet("sample");
        assertThat(sheet.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(-5.0);
        assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(-0.25);
        assertThat(sheet.getRow(1).getCell(4).getCellType()).isEqualTo(CellType.BOOLEAN);
        Cell formulaLike = sheet.getRow(1).getCell(0);
        assertThat(formulaLike.getCellType()).isEqualTo(CellType.STRING);
        assertThat(formulaLike.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\",\"click\")");
        assertThat(formulaLike.getCellStyle().getQuotePrefixed()).isTrue();
        assertThat(sheet.getRow(7).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
        for (Sheet each : english) {
            for (Row row : each) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                }
            }
        }
    }

    @Test
    void numberFormatsSuitTheColumnType() throws IOException {
        Row row = english.getSheet("sample").getRow(1);
        assertThat(row.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0");
        assertThat(row.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.00##");
        assertThat(row.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
        assertThat(row.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
    }

    @Test
    void headerIsBoldAndFrozenWithAnAutofilterOverTheTable() throws IOException {
        for (Table table : tables) {
            XSSFSheet sheet = english.getSheet(table.name());
            assertThat(sheet.getPaneInformation().isFreezePane()).as(table.name()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 0);
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
            assertThat(english.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
        }
        assertThat(english.getSheet("sample").getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:H9");
    }

    @Test
    void columnWidthsFollowTheContentUpToACap() throws IOException {
        Table indicators = Rows.named(tables, "indicators");
        XSSFSheet sheet = english.getSheet("indicators");
        assertThat(sheet.getColumnWidth(indicators.columnIndex("label"))).isEqualTo(62 * 256);
        assertThat(sheet.getColumnWidth(indicators.columnIndex("country"))).isEqualTo(9 * 256);
        assertThat(sheet.getColumnWidth(indicators.columnIndex("n"))).isEqualTo(3 * 256);
    }

    @Test
    void statusCellsAreFilledInTheirColour() throws IOException {
        Map<Status, String> expected = Map.of(Status.CORROBORATED, "C6EFCE", Status.CONTESTED, "F8CBAD",
                Status.UNCONFIRMED, "FFEB9C", Status.STAGE1_ONLY, "DDEBF7", Status.STAGE2_ONLY, "D6DCE4", Status.NO_DATA, "D9D9D9");
        Sheet sheet = english.getSheet("sample");
        for (int r = 1; r <= 6; r++) {
            Cell cell = sheet.getRow(r).getCell(5);
            Status status = Status.valueOf(cell.getStringCellValue());
            assertThat(fill(cell)).as(status.name()).isEqualTo(expected.get(status));
        }
    }

    @Test
    void theFirstSheetExplainsTablesColumnsAndStatusesInTheOutputLanguage() throws IOException {
        Sheet guide = spanish.getSheetAt(0);
        assertThat(guide.getSheetName()).isEqualTo("Léame");
        List<String> texts = texts(guide);
        assertThat(texts).contains("Cómo leer estos hallazgos", "Corroborado", "Discrepante", "Solo cuestionarios", "suppressed",
                "proporción (de 0 a 1)");
        assertThat(texts).anyMatch(t -> t.startsWith("Ambas etapas respondieron y coinciden"));
        Row corroborated = rowStartingWith(guide, "CORROBORATED");
        assertThat(fill(corroborated.getCell(0))).isEqualTo("C6EFCE");
        assertThat(portuguese.getSheetAt(0).getSheetName()).isEqualTo("Leia-me");
        assertThat(texts(portuguese.getSheetAt(0))).contains("Divergente", "Sem dados", "Como ler estes resultados");
        assertThat(spanish.getSheetAt(1).getSheetName()).isEqualTo("sources");
        assertThat(spanish.getNumberOfSheets()).isEqualTo(tables.size() + 1);
    }

    @Test
    void theSameTablesGiveTheSameBytesAndNoCreationTime() throws IOException, InterruptedException {
        XlsxWorkbookWriter writer = new XlsxWorkbookWriter(Messages.of("en"));
        // More than a second after the first write: anything time-stamped would differ.
        Thread.sleep(1100);
        writer.write(withSample(new FindingsTables(WorkedExample.CODEBOOK, PublishSettings.defaults())
                .tables(WorkedExample.PHASE_1, WorkedExample.phase1(), WorkedExample.quality())), dir.resolve("again.xlsx"));
        assertThat(Files.readAllBytes(dir.resolve("again.xlsx"))).isEqualTo(Files.readAllBytes(dir.resolve("en.xlsx")));
        assertThat(english.getProperties().getCoreProperties().getCreated()).isNull();
    }

    private static List<Table> withSample(List<Table> findings) {
        List<Table> all = new ArrayList<>(findings);
        all.add(SampleTable.create());
        return all;
    }

    private static XSSFWorkbook write(List<Table> tables, String language) throws IOException {
        Path file = dir.resolve(language + ".xlsx");
        new XlsxWorkbookWriter(Messages.of(language)).write(tables, file);
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** A workbook cell as the CSV writer would render its value. */
    private static String asCsvText(Cell cell, ColumnType type) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return "";
        }
        return switch (cell.getCellType()) {
            case STRING -> CellText.guardFormula(cell.getStringCellValue());
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case NUMERIC -> switch (type) {
                case INTEGER -> String.valueOf((long) cell.getNumericCellValue());
                case DECIMAL, SHARE -> BigDecimal.valueOf(cell.getNumericCellValue()).setScale(ColumnType.SCALE, RoundingMode.HALF_EVEN).toPlainString();
                case DATE -> cell.getLocalDateTimeCellValue().toLocalDate().toString();
                default -> throw new AssertionError("a " + type + " cell should not be numeric");
            };
            default -> throw new AssertionError("unexpected cell type " + cell.getCellType());
        };
    }

    private static String fill(Cell cell) {
        return ((XSSFCellStyle) cell.getCellStyle()).getFillForegroundXSSFColor().getARGBHex().substring(2);
    }

    private static List<String> texts(Sheet sheet) {
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                texts.add(cell.getStringCellValue());
            }
        }
        return texts;
    }

    private static Row rowStartingWith(Sheet sheet, String text) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).getStringCellValue().equals(text)) {
                return row;
            }
        }
        throw new AssertionError("no row starts with " + text);
    }

    private static List<String[]> readCsv(Path file) throws Exception {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVReader reader = new CSVReaderBuilder(in).withCSVParser(new RFC4180Parser()).withKeepCarriageReturn(true).build()) {
            return reader.readAll();
        }
    }
}
