package org.oas.cim.pipeline.read;

import java.time.LocalDateTime;

/**
 * One non-empty cell as a reader found it, before any interpretation.
 *
 * @param column 1-based column number
 * @param text   the cell as text: a text cell's string, a number written plainly ({@code 1500}, {@code 2.5},
 *               never {@code 1500.0} or {@code 1.5E3}), a date-formatted cell as ISO ({@code 2002-03-15}),
 *               a boolean as {@code TRUE}/{@code FALSE}; for a formula, its cached value
 * @param number the numeric value of a numeric cell (also date-formatted ones), else null
 * @param date   the date and time of a date-formatted numeric cell (1900 or 1904 system resolved), else null
 */
public record RawCell(int column, String text, Double number, LocalDateTime date) {
    public static RawCell text(int column, String text) {
        return new RawCell(column, text, null, null);
    }

    public boolean isNumeric() {
        return number != null;
    }

    public boolean isDate() {
        return date != null;
    }
}
