package org.oas.cim.pipeline.publish;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.oas.cim.pipeline.verify.Status;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a phase's tables as one workbook: a first sheet explaining the tables, columns and statuses in the output
 * language, then one sheet per table named as the table, with a bold frozen header row, an autofilter, column
 * widths from the content's length, number formats, numbers stored as numbers and statuses filled in colour.
 *
 * <p>The same tables give the same bytes: no creation date is written (a run's time belongs to the manifest), and
 * POI writes the package's parts in a fixed order with fixed entry times. Text that a spreadsheet could take for
 * a formula is stored as text with Excel's quote-prefix flag, its value unchanged.
 */
public final class XlsxWorkbookWriter {
    public static final String FILE_NAME = "findings.xlsx";
    /** Rows kept in memory per sheet while streaming; the rest go to a temporary file. */
    private static final int WINDOW = 500;
    private static final int MAX_WIDTH = 60;

    private final Messages messages;

    public XlsxWorkbookWriter(Messages messages) {
        this.messages = messages;
    }

    public void write(List<Table> tables, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(tables, out);
        }
    }

    /** Writes the workbook to {@code out}; the stream stays open. */
    public void write(List<Table> tables, OutputStream out) throws IOException {
        String guideName = messages.text("sheet.guide");
        Set<String> sheetNames = new HashSet<>(Set.of(guideName));
        for (Table table : tables) {
            if (!sheetNames.add(table.name())) {
                throw new IllegalArgumentException("two sheets would be named " + table.name());
            }
        }
        XSSFWorkbook base = new XSSFWorkbook();
        base.getProperties().getCoreProperties().setCreated(Optional.empty());
        SXSSFWorkbook workbook = new SXSSFWorkbook(base, WINDOW);
        try {
            XlsxStyles styles = new XlsxStyles(workbook);
            new GuideSheet(messages, styles).write(workbook.createSheet(guideName), tables);
            for (Table table : tables) {
                writeSheet(workbook.createSheet(table.name()), table, styles);
            }
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private static void writeSheet(Sheet sheet, Table table, XlsxStyles styles) {
        List<Column> columns = table.columns();
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(columns.get(c).name());
            cell.setCellStyle(styles.header());
            sheet.setColumnWidth(c, width(table, c) * 256);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            List<Object> values = table.rows().get(r);
            Row row = sheet.createRow(r + 1);
            for (int c = 0; c < columns.size(); c++) {
                if (values.get(c) != null) {
                    write(row.createCell(c), columns.get(c).type(), values.get(c), styles);
                }
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, table.rows().size(), 0, columns.size() - 1));
    }

    private static void write(Cell cell, ColumnType type, Object value, XlsxStyles styles) {
        switch (type) {
            case TEXT -> {
                String text = (String) value;
                cell.setCellValue(text);
                if (CellText.looksLikeFormula(text)) {
                    cell.setCellStyle(styles.formulaLikeText());
                }
            }
            case INTEGER -> cell.setCellValue(((Long) value).doubleValue());
            case DECIMAL, SHARE -> cell.setCellValue(((BigDecimal) value).doubleValue());
            case BOOLEAN -> cell.setCellValue((Boolean) value);
            case STATUS -> {
                cell.setCellValue(((Status) value).name());
                cell.setCellStyle(styles.of((Status) value));
            }
            case DATE -> cell.setCellValue((LocalDate) value);
            // Written as ISO text: a spreadsheet date has no time zone, an instant has one.
            case TIMESTAMP -> cell.setCellValue(CellText.of(type, value));
        }
        if (type.isNumber() || type == ColumnType.DATE) {
            cell.setCellStyle(styles.of(type));
        }
    }

    /** Characters: the longest of the header and the cells' texts, plus a margin, capped (autoSizeColumn needs fonts). */
    private static int width(Table table, int column) {
        ColumnType type = table.columns().get(column).type();
        int longest = table.columns().get(column).name().length();
        for (List<Object> row : table.rows()) {
            longest = Math.max(longest, CellText.of(type, row.get(column)).length());
        }
        return Math.min(longest, MAX_WIDTH) + 2;
    }
}
