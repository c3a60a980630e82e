package org.oas.cim.pipeline.template;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Fills a template as a researcher would: a row per respondent under the header, a select_one answer picked from
 * its column's drop-down (a label that is not in the drop-down fails the test), dates as date cells, counts as
 * numbers, everything else as typed text.
 */
final class TemplateFiller {
    private final XSSFWorkbook workbook;
    private final XSSFSheet data;
    private final XSSFCellStyle dateStyle;
    private int nextRow = DataSheet.HEADER_ROW + 1;

    private TemplateFiller(XSSFWorkbook workbook, String dataSheet) {
        this.workbook = workbook;
        this.data = workbook.getSheet(dataSheet);
        this.dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
    }

    /** Fills the template's sheet {@code dataSheet} with one row per respondent (item code to answer) and saves it as {@code filled}. */
    static void fill(Path template, String dataSheet, List<Map<String, Object>> respondents, Path filled) throws IOException {
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            TemplateFiller filler = new TemplateFiller(workbook, dataSheet);
            respondents.forEach(filler::row);
            try (OutputStream out = Files.newOutputStream(filled)) {
                workbook.write(out);
            }
        }
    }

    /** The options of the drop-down list of a column (0-based), as the validation's named range holds them. */
    static List<String> dropDown(XSSFWorkbook workbook, XSSFSheet sheet, int column) {
        for (DataValidation validation : sheet.getDataValidations()) {
            DataValidationConstraint constraint = validation.getValidationConstraint();
            boolean here = Arrays.stream(validation.getRegions().getCellRangeAddresses())
                    .anyMatch(range -> range.getFirstColumn() <= column && column <= range.getLastColumn());
            if (here && constraint.getValidationType() == DataValidationConstraint.ValidationType.LIST) {
                Name name = workbook.getName(constraint.getFormula1());
                AreaReference area = new AreaReference(name.getRefersToFormula(), SpreadsheetVersion.EXCEL2007);
                XSSFSheet lists = workbook.getSheet(area.getFirstCell().getSheetName());
                List<String> options = new ArrayList<>();
                for (CellReference cell : area.getAllReferencedCells()) {
                    options.add(lists.getRow(cell.getRow()).getCell(cell.getCol()).getStringCellValue());
                }
                return options;
            }
        }
        return List.of();
    }

    /** The column (0-based) whose header is the item's: {@code P1. ...}. */
    static int column(XSSFSheet sheet, String code) {
        XSSFRow header = sheet.getRow(DataSheet.HEADER_ROW);
        for (int c = 0; c < header.getLastCellNum(); c++) {
            if (header.getCell(c).getStringCellValue().startsWith(code + ". ")) {
                return c;
            }
        }
        throw new AssertionError("no column for " + code);
    }

    private void row(Map<String, Object> answers) {
        XSSFRow row = data.createRow(nextRow++);
        answers.forEach((code, answer) -> {
            int column = column(data, code);
            XSSFCell cell = row.createCell(column);
            List<String> options = dropDown(workbook, data, column);
            if (answer instanceof LocalDate date) {
                cell.setCellValue(date);
                cell.setCellStyle(dateStyle);
            } else if (answer instanceof Integer count) {
                cell.setCellValue(count);
            } else if (!options.isEmpty() && !options.contains(answer)) {
                throw new AssertionError(answer + " is not in the drop-down of " + code + ": " + options);
            } else {
                cell.setCellValue((String) answer);
            }
        });
    }
}
