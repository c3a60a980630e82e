package org.oas.cim.pipeline.template;

import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.util.List;

/**
 * The first sheet: how to fill the data sheet, as numbered steps, then one line per question with how to answer it
 * and its options (the texts come from {@link TemplateTexts}). Its name ({@code Instrucciones}, {@code Instructions},
 * {@code Instruções}) is one ingest skips, so nothing written here is ever taken for an answer.
 */
final class InstructionsSheet {
    private static final int[] WIDTHS = {8, 70, 36, 60, 30};
    private static final int TEXT_COLUMN = 1;
    private static final float LINE_POINTS = 15f;

    private final XSSFWorkbook workbook;
    private final XSSFSheet sheet;
    private final XSSFCellStyle wrapped;
    private int next;

    InstructionsSheet(XSSFSheet sheet) {
        this.workbook = sheet.getWorkbook();
        this.sheet = sheet;
        this.wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        for (int i = 0; i < WIDTHS.length; i++) {
            sheet.setColumnWidth(i, WIDTHS[i] * 256);
        }
    }

    /**
     * The numbered steps, then the table of questions.
     *
     * @param table the table's headings, then one line per question
     */
    void write(String title, List<String> steps, List<List<String>> table) {
        XSSFCell heading = sheet.createRow(next++).createCell(0);
        heading.setCellValue(title);
        heading.setCellStyle(style(14, null));
        next++;
        for (int i = 0; i < steps.size(); i++) {
            XSSFRow row = sheet.createRow(next++);
            text(row, 0, (i + 1) + ".");
            text(row, TEXT_COLUMN, steps.get(i));
            row.setHeightInPoints(lines(steps.get(i), WIDTHS[TEXT_COLUMN]) * LINE_POINTS);
        }
        next++;
        XSSFRow headings = sheet.createRow(next++);
        XSSFCellStyle headingStyle = style(11, IndexedColors.GREY_25_PERCENT);
        List<String> headingTexts = table.get(0);
        for (int i = 0; i < headingTexts.size(); i++) {
            XSSFCell cell = headings.createCell(i);
            cell.setCellValue(headingTexts.get(i));
            cell.setCellStyle(headingStyle);
        }
        for (List<String> line : table.subList(1, table.size())) {
            XSSFRow row = sheet.createRow(next++);
            int lines = 1;
            for (int i = 0; i < line.size(); i++) {
                text(row, i, line.get(i));
                lines = Math.max(lines, lines(line.get(i), WIDTHS[i]));
            }
            row.setHeightInPoints(lines * LINE_POINTS);
        }
    }

    private void text(XSSFRow row, int column, String text) {
        XSSFCell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(wrapped);
    }

    private static int lines(String text, int width) {
        return Math.max(1, (text.length() + width - 1) / width);
    }

    private XSSFCellStyle style(int points, IndexedColors fill) {
        XSSFCellStyle style = workbook.createCellStyle();
        XSSFFont font = workbook.createFont();
        font.setBold(true);
        font.setFontHeightInPoints((short) points);
        style.setFont(font);
        if (fill != null) {
            style.setFillForegroundColor(fill.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        return style;
    }
}
