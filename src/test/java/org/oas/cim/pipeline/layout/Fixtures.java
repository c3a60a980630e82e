package org.oas.cim.pipeline.layout;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.oas.cim.pipeline.codebook.Codebook;
import org.oas.cim.pipeline.codebook.CodebookLoader;
import org.oas.cim.pipeline.read.ReadLimits;
import org.oas.cim.pipeline.read.Spreadsheets;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Researchers' files for the tests: written with POI or OpenCSV, read back through the read package. */
final class Fixtures {
    static final Codebook CODEBOOK = CodebookLoader.load(Path.of("jobs"));

    private Fixtures() {
    }

    /**
     * One sheet: its rows from row 1 (an empty row stays empty), and merged ranges such as {@code D1:F1}.
     */
    record Sheet(String name, List<List<Object>> rows, List<String> merged) {
        Sheet merge(String range) {
            List<String> more = new ArrayList<>(merged);
            more.add(range);
            return new Sheet(name, rows, more);
        }
    }

    static Sheet sheet(String name, List<?>... rows) {
        List<List<Object>> copy = new ArrayList<>();
        for (List<?> row : rows) {
            copy.add(new ArrayList<>(row));
        }
        return new Sheet(name, copy, List.of());
    }

    /** A row of cells from column A; null or "" leaves a cell empty, a Number is a numeric cell. */
    static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    static List<Object> blank() {
        return List.of();
    }

    static Path xlsx(Path dir, String fileName, Sheet... sheets) {
        Path file = dir.resolve(fileName);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            for (Sheet sheet : sheets) {
                XSSFSheet written = workbook.createSheet(sheet.name());
                for (int r = 0; r < sheet.rows().size(); r++) {
                    List<Object> cells = sheet.rows().get(r);
                    if (cells.stream().allMatch(c -> c == null || "".equals(c))) {
                        continue;
                    }
                    Row row = written.createRow(r);
                    for (int c = 0; c < cells.size(); c++) {
                        Object value = cells.get(c);
                        if (value instanceof Number number) {
                            row.createCell(c).setCellValue(number.doubleValue());
                        } else if (value != null && !"".equals(value)) {
                            row.createCell(c).setCellValue(value.toString());
                        }
                    }
                }
                sheet.merged().forEach(range -> written.addMergedRegion(CellRangeAddress.valueOf(range)));
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    static Path csv(Path dir, String fileName, char separator, List<?>... rows) {
        Path file = dir.resolve(fileName);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVWriter csv = new CSVWriter(out, separator, ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                     ICSVWriter.DEFAULT_ESCAPE_CHARACTER, ICSVWriter.DEFAULT_LINE_END)) {
            for (List<?> row : rows) {
                csv.writeNext(row.stream().map(c -> c == null ? "" : c.toString()).toArray(String[]::new));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    static WorkbookOpener opener(Path file) {
        return () -> Spreadsheets.open(file, ReadLimits.defaults());
    }

    /** Every record of the file, read to the end. */
    static List<RespondentRecord> records(FileInspector inspector, Path file, FileInspection inspection) throws Exception {
        List<RespondentRecord> records = new ArrayList<>();
        try (RecordIterator iterator = inspector.records(opener(file), inspection)) {
            iterator.forEachRemaining(records::add);
        }
        return records;
    }

    /** A record's cells as {@code code} or {@code code/choice} = text, in order. */
    static List<String> answers(RespondentRecord record) {
        return record.cells().stream()
                .map(c -> c.item().code() + (c.choiceCode() == null ? "" : "/" + c.choiceCode()) + "=" + c.cell().text())
                .toList();
    }
}
