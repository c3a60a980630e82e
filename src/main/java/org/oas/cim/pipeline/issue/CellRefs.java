package org.oas.cim.pipeline.issue;

/** Spreadsheet cell references: column 3, row 14 is {@code C14}. */
public final class CellRefs {
    private CellRefs() {
    }

    /** 1-based row and column; empty where either is unknown. */
    public static String ref(int row, int column) {
        if (row <= 0 || column <= 0) {
            return row > 0 ? String.valueOf(row) : "";
        }
        return columnLetters(column) + row;
    }

    /** 1 is A, 27 is AA. */
    public static String columnLetters(int column) {
        StringBuilder letters = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString();
    }
}
