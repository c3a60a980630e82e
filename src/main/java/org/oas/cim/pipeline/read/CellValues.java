package org.oas.cim.pipeline.read;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

import org.apache.poi.ss.usermodel.DateUtil;

/** Numeric cells as text, the same way for every format: plain numbers and ISO dates. */
final class CellValues {
    /** Excel shows and computes with 15 significant digits; 0.1+0.2 is 0.3 to a researcher. */
    private static final MathContext EXCEL_PRECISION = new MathContext(15);

    private CellValues() {
    }

    /** A numeric cell; a date when its format is a date format and the serial is a valid date. */
    static RawCell numeric(int column, double value, boolean dateFormatted, boolean date1904) {
        if (dateFormatted && DateUtil.isValidExcelDate(value)) {
            LocalDateTime date = DateUtil.getLocalDateTime(value, date1904, true);
            if (date != null) {
                return new RawCell(column, iso(date), value, date);
            }
        }
        return new RawCell(column, plain(value), value, null);
    }

    /** A cell that stored its date as text ({@code t="d"} in xlsx), carried with its serial number. */
    static RawCell date(int column, LocalDateTime date, boolean date1904) {
        double serial = DateUtil.getExcelDate(date, date1904);
        return new RawCell(column, iso(date), serial >= 0 ? serial : null, date);
    }

    /** {@code 1500}, {@code 2.5}, {@code 0.3}: never an exponent, never a trailing {@code .0}. */
    static String plain(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return new BigDecimal(value).round(EXCEL_PRECISION).stripTrailingZeros().toPlainString();
    }

    /** {@code 2002-03-15}, or {@code 2002-03-15T10:30:00} when there is a time of day. */
    static String iso(LocalDateTime date) {
        return date.toLocalTime().equals(LocalTime.MIDNIGHT)
                ? date.toLocalDate().toString()
                : date.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    }
}
