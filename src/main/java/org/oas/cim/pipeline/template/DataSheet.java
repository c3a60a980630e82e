package org.oas.cim.pipeline.template;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.oas.cim.pipeline.codebook.Instrument;
import org.oas.cim.pipeline.codebook.Item;
import org.oas.cim.pipeline.codebook.ItemType;
import org.oas.cim.pipeline.normalize.Vocabulary;
import org.oas.cim.pipeline.report.ReportLabels;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The sheet researchers fill: a title, the country as a metadata cell ({@code País: Costa Rica}) where the file is
 * for one country, then the header row ({@code P1. ¿Existe trata...?}: the code first, so the header matches its
 * item exactly) and empty rows under it with drop-down lists, whole-number and date validation. Nothing is
 * written in the answer rows: a row holding only a country would be taken as a respondent.
 */
final class DataSheet {
    /** The header row, 0-based: title, country, a blank row, then the header. */
    static final int HEADER_ROW = 3;
    /** Answer rows under the header that carry the validations. */
    static final int VALIDATED_ROWS = 1000;
    private static final int NARROW = 16;
    private static final int WIDE = 30;
    private static final float LINE_POINTS = 15f;

    private final XSSFWorkbook workbook;
    private final XSSFSheet sheet;
    private final ReportLabels labels;
    private final Locale language;

    DataSheet(XSSFSheet sheet, ReportLabels labels, Locale language) {
        this.workbook = sheet.getWorkbook();
        this.sheet = sheet;
        this.labels = labels;
        this.language = language;
    }

    /** The header text of an item: its code, then its label in the language. */
    static String header(Item item, Locale language) {
        return item.code() + ". " + item.label(language.getLanguage());
    }

    /**
     * @param countryCell {@code País: Costa Rica}, or null where the rows name their own country
     * @param lists       the workbook name of each select_one item's list, by list name
     * @param rules       the items' consistency rules as formulas for the first answer row
     */
    void write(Instrument instrument, String title, String countryCell, Map<String, String> lists, Vocabulary.Bounds years,
               RuleFormulas rules) {
        XSSFCell titleCell = sheet.createRow(0).createCell(0);
        titleCell.setCellValue(title);
        titleCell.setCellStyle(titleStyle());
        if (countryCell != null) {
            XSSFCell cell = sheet.createRow(1).createCell(0);
            cell.setCellValue(countryCell);
            cell.setCellStyle(boldStyle());
        }
        XSSFRow header = sheet.createRow(HEADER_ROW);
        XSSFCellStyle plain = headerStyle(IndexedColors.GREY_25_PERCENT);
        XSSFCellStyle personal = headerStyle(IndexedColors.LIGHT_ORANGE);
        XSSFCellStyle date = columnStyle("dd/mm/yyyy");
        XSSFCellStyle text = columnStyle("@");
        List<Item> items = instrument.items();
        int lines = 1;
        for (int column = 0; column < items.size(); column++) {
            Item item = items.get(column);
            String heading = header(item, language);
            XSSFCell cell = header.createCell(column);
            cell.setCellValue(heading);
            cell.setCellStyle(item.pii() ? personal : plain);
            int width = heading.length() <= NARROW ? NARROW : WIDE;
            sheet.setColumnWidth(column, (width + 2) * 256);
            lines = Math.max(lines, (heading.length() + width - 1) / width);
            switch (item.type()) {
                case SELECT_ONE -> validate(column, helper().createFormulaListConstraint(lists.get(item.listName())),
                        DataValidation.ErrorStyle.STOP, labels.get("template.validation.choice", language));
                case INTEGER -> validate(column, helper().createIntegerConstraint(
                                DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null),
                        DataValidation.ErrorStyle.STOP, labels.get("template.validation.integer", language));
                case DATE -> {
                    sheet.setDefaultColumnStyle(column, date);
                    // Only warned, as ingest only warns a date outside the study's years.
                    validate(column, helper().createDateConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                                    "DATE(" + years.low() + ",1,1)", "DATE(" + years.high() + ",12,31)", null),
                            DataValidation.ErrorStyle.WARNING, labels.get("template.validation.date", language,
                                    String.valueOf(years.low()), String.valueOf(years.high())));
                }
                // Text, so that a spreadsheet never turns 10-12 into a date or a phone number into a number.
                case ESTIMATE, TEXT -> sheet.setDefaultColumnStyle(column, text);
                case SELECT_MULTIPLE -> {
                }
            }
            // A cell takes one validation: a column with a list, a whole number or a date keeps it, and its rules are
            // in the instructions only. A broken rule is a warning at ingest, so here too.
            if (item.type() == ItemType.ESTIMATE || item.type() == ItemType.TEXT || item.type() == ItemType.SELECT_MULTIPLE) {
                int at = column;
                rules.formula(item).ifPresent(formula -> validate(at, helper().createCustomConstraint(formula),
                        DataValidation.ErrorStyle.WARNING, rules.message(item)));
            }
        }
        header.setHeightInPoints(lines * LINE_POINTS + 4);
        sheet.createFreezePane(0, HEADER_ROW + 1);
    }

    /** Validates the column's answer rows, with a message in the language where a value breaks the rule. */
    private void validate(int column, DataValidationConstraint constraint, int errorStyle, String message) {
        DataValidation validation = helper().createValidation(constraint,
                new CellRangeAddressList(HEADER_ROW + 1, HEADER_ROW + VALIDATED_ROWS, column, column));
        validation.setErrorStyle(errorStyle);
        validation.setShowErrorBox(true);
        validation.createErrorBox(labels.get("template.validation.title", language), message);
        validation.setEmptyCellAllowed(true);
        // XSSF reads this flag the other way round: true shows the drop-down arrow of a list.
        validation.setSuppressDropDownArrow(constraint.getValidationType() == DataValidationConstraint.ValidationType.LIST);
        sheet.addValidationData(validation);
    }

    private XSSFDataValidationHelper helper() {
        return new XSSFDataValidationHelper(sheet);
    }

    private XSSFCellStyle headerStyle(IndexedColors fill) {
        XSSFCellStyle style = workbook.createCellStyle();
        style.setFont(boldFont());
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setFillForegroundColor(fill.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.THIN);
        return style;
    }

    private XSSFCellStyle columnStyle(String format) {
        XSSFCellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    private XSSFCellStyle titleStyle() {
        XSSFCellStyle style = workbook.createCellStyle();
        XSSFFont font = boldFont();
        font.setFontHeightInPoints((short) 14);
        style.setFont(font);
        return style;
    }

    private XSSFCellStyle boldStyle() {
        XSSFCellStyle style = workbook.createCellStyle();
        style.setFont(boldFont());
        return style;
    }

    private XSSFFont boldFont() {
        XSSFFont font = workbook.createFont();
        font.setBold(true);
        return font;
    }
}
