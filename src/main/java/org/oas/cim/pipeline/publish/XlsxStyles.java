package org.oas.cim.pipeline.publish;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.oas.cim.pipeline.verify.Status;

import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * The workbook's cell styles, created once each (a workbook holds a limited number) in a fixed order so that the
 * styles part is the same on every run.
 */
final class XlsxStyles {
    /** Status fills, RGB: green agrees, orange-red disagrees, yellow one-sided, blue and grey-blue one stage only, grey nothing. */
    private static final Map<Status, String> FILLS = new EnumMap<>(Map.of(
            Status.CORROBORATED, "C6EFCE",
            Status.CONTESTED, "F8CBAD",
            Status.UNCONFIRMED, "FFEB9C",
            Status.STAGE1_ONLY, "DDEBF7",
            Status.STAGE2_ONLY, "D6DCE4",
            Status.NO_DATA, "D9D9D9"));

    private final CellStyle header;
    private final CellStyle wrapped;
    private final CellStyle formulaLikeText;
    private final Map<ColumnType, CellStyle> numbers = new EnumMap<>(ColumnType.class);
    private final Map<Status, CellStyle> statuses = new EnumMap<>(Status.class);

    XlsxStyles(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setBorderBottom(BorderStyle.THIN);
        wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        // Excel's own way to say "text, not a formula": the value stays as it is, the cell cannot be evaluated.
        formulaLikeText = workbook.createCellStyle();
        formulaLikeText.setQuotePrefixed(true);
        DataFormat formats = workbook.createDataFormat();
        numbers.put(ColumnType.INTEGER, formatted(workbook, formats, "0"));
        numbers.put(ColumnType.DECIMAL, formatted(workbook, formats, "0.00##"));
        numbers.put(ColumnType.SHARE, formatted(workbook, formats, "0.0%"));
        numbers.put(ColumnType.DATE, formatted(workbook, formats, "yyyy-mm-dd"));
        for (Status status : Status.values()) {
            XSSFCellStyle style = (XSSFCellStyle) workbook.createCellStyle();
            style.setFillForegroundColor(new XSSFColor(HexFormat.of().parseHex(fill(status)), null));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            statuses.put(status, style);
        }
    }

    /** The RGB fill of a status, six hex digits. */
    static String fill(Status status) {
        return FILLS.get(status);
    }

    CellStyle header() {
        return header;
    }

    CellStyle wrapped() {
        return wrapped;
    }

    CellStyle formulaLikeText() {
        return formulaLikeText;
    }

    /** The number or date format of a column type, or null where the type needs none. */
    CellStyle of(ColumnType type) {
        return numbers.get(type);
    }

    CellStyle of(Status status) {
        return statuses.get(status);
    }

    private static CellStyle formatted(Workbook workbook, DataFormat formats, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(formats.getFormat(format));
        return style;
    }
}
