package org.oas.cim.pipeline.read;

import java.util.List;
import java.util.Optional;

/**
 * One row of a sheet: its non-empty cells in column order.
 *
 * @param number 1-based row number as the spreadsheet shows it (for CSV: the record's first line)
 */
public record RawRow(int number, List<RawCell> cells) {
    public RawRow {
        cells = List.copyOf(cells);
    }

    public Optional<RawCell> cell(int column) {
        return cells.stream().filter(c -> c.column() == column).findFirst();
    }

    public boolean isBlank() {
        return cells.stream().allMatch(c -> c.text() == null || c.text().isBlank());
    }
}
