package org.oas.cim.pipeline.publish;

import org.oas.cim.pipeline.verify.Status;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The text form of a cell, as the CSV files carry it: plain integers, decimals at a fixed scale with a {@code .}
 * point (never an exponent), ISO 8601 dates, status codes, and text guarded against formula injection.
 */
public final class CellText {
    /**
     * First characters that make a spreadsheet read a cell as a formula (OWASP's list;
     * src/site/markdown/protocol/outputs.md, "Files").
     */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CellText() {
    }

    public static String of(ColumnType type, Object value) {
        if (value == null) {
            return "";
        }
        return switch (type) {
            case TEXT -> guardFormula((String) value);
            case INTEGER, BOOLEAN -> value.toString();
            case DECIMAL, SHARE -> ((BigDecimal) value).toPlainString();
            case STATUS -> ((Status) value).name();
            case DATE -> DateTimeFormatter.ISO_LOCAL_DATE.format((LocalDate) value);
            case TIMESTAMP -> DateTimeFormatter.ISO_INSTANT.format((Instant) value);
        };
    }

    /** Whether a text would run as a formula if a spreadsheet opened it unguarded. */
    public static boolean looksLikeFormula(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
    }

    /** The text with a leading {@code '} where it looks like a formula: spreadsheets then show it as text. */
    public static String guardFormula(String text) {
        return looksLikeFormula(text) ? "'" + text : text;
    }
}
