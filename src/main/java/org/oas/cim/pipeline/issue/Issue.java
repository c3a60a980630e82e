package org.oas.cim.pipeline.issue;

import java.util.List;

/**
 * One problem found in an input: a file, a sheet, a row or a cell.
 *
 * @param code     what went wrong
 * @param severity error (not taken), warning (taken with a doubt) or info
 * @param sheet    sheet name, or null for a file-level issue (a CSV has one sheet, named after the file)
 * @param row      1-based row number, or 0 where the issue is not about a row
 * @param column   1-based column number, or 0 where the issue is not about a column
 * @param rawValue the value found, as text (never a pii item's value), or null
 * @param args     values for the message's placeholders, in order (item code, expected kind, ...)
 */
public record Issue(IssueCode code, Severity severity, String sheet, int row, int column, String rawValue, List<String> args) {
    public Issue {
        args = List.copyOf(args);
    }

    public static Issue of(IssueCode code, String sheet, int row, int column, String rawValue, String... args) {
        return new Issue(code, code.defaultSeverity(), sheet, row, column, rawValue, List.of(args));
    }

    public static Issue ofFile(IssueCode code, String... args) {
        return of(code, null, 0, 0, null, args);
    }

    public Issue withSeverity(Severity other) {
        return new Issue(code, other, sheet, row, column, rawValue, args);
    }

    /** The spreadsheet reference of the cell ({@code C14}), or empty where the issue is not about a cell. */
    public String cellRef() {
        return CellRefs.ref(row, column);
    }
}
