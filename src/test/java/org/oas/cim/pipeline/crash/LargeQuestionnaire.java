package org.oas.cim.pipeline.crash;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A questionnaire file with thousands of respondents, made from a small sample by repeating its rows: long enough
 * to ingest that a run can be killed in the middle of it. Each copy gets its own respondent name, so that every
 * row is a respondent of its own (a name is what the pseudonym is made of).
 */
final class LargeQuestionnaire {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private LargeQuestionnaire() {
    }

    /**
     * @param sample     a wide questionnaire: the header in the first row of the first sheet, respondents below
     * @param nameHeader how the respondent-name column's header starts ({@code R5})
     */
    static void write(Path sample, String nameHeader, Path target, int respondents) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        String sheetName;
        try (InputStream in = Files.newInputStream(sample); Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            sheetName = sheet.getSheetName();
            DataFormatter formatter = new DataFormatter();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int column = 0; column < row.getLastCellNum(); column++) {
                    cells.add(text(row.getCell(column), formatter));
                }
                rows.add(cells);
            }
        }
        List<String> header = rows.get(0);
        int nameColumn = header.indexOf(header.stream().filter(h -> h.startsWith(nameHeader)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(sample + " has no column " + nameHeader)));
        List<List<String>> answers = rows.subList(1, rows.size());
        Files.createDirectories(target.getParent());
        SXSSFWorkbook out = new SXSSFWorkbook(100);
        try (OutputStream file = Files.newOutputStream(target)) {
            Sheet sheet = out.createSheet(sheetName);
            writeRow(sheet, 0, header);
            for (int n = 1; n <= respondents; n++) {
                List<String> copy = new ArrayList<>(answers.get((n - 1) % answers.size()));
                copy.set(nameColumn, copy.get(nameColumn) + " " + n);
                writeRow(sheet, n, copy);
            }
            out.write(file);
        } finally {
            out.close();
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().format(DAY);
        }
        return formatter.formatCellValue(cell);
    }

    private static void writeRow(Sheet sheet, int index, List<String> cells) {
        Row row = sheet.createRow(index);
        for (int column = 0; column < cells.size(); column++) {
            if (!cells.get(column).isEmpty()) {
                row.createCell(column).setCellValue(cells.get(column));
            }
        }
    }
}
