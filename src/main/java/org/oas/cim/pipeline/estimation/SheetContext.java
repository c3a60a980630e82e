package org.oas.cim.pipeline.estimation;

import java.util.List;

import org.oas.cim.pipeline.read.RawCell;
import org.oas.cim.pipeline.read.RawRow;

/**
 * What a sheet says about all its rows before its header: the country and year in metadata cells, either
 * {@code País: MX} in one cell or {@code Año} in one cell and {@code 2013} in the next; else the year the
 * file name carries.
 */
final class SheetContext {
    private final String sheet;
    private String country = "";
    private String year;

    SheetContext(String sheet, String yearInFileName) {
        this.sheet = sheet;
        this.year = yearInFileName;
    }

    String sheet() {
        return sheet;
    }

    void readMetadata(RawRow row) {
        List<RawCell> cells = row.cells();
        for (int i = 0; i < cells.size(); i++) {
            String text = cells.get(i).text() == null ? "" : cells.get(i).text().strip();
            int colon = text.indexOf(':');
            String label = colon >= 0 ? text.substring(0, colon) : text;
            String value = colon >= 0 ? text.substring(colon + 1).strip() : "";
            if (value.isEmpty() && i + 1 < cells.size() && cells.get(i + 1).column() == cells.get(i).column() + 1) {
                value = cells.get(i + 1).text() == null ? "" : cells.get(i + 1).text().strip();
            }
            if (!value.isEmpty() && CaptureHistoryWords.isCountry(label)) {
                country = value;
            } else if (!value.isEmpty() && CaptureHistoryWords.isYear(label)) {
                year = value;
            }
        }
    }

    /** The row's country (or year) from its column when the table has one and the cell is filled, else the sheet's. */
    String value(RawRow row, Integer column, boolean isCountry) {
        String cell = column == null ? "" : row.cell(column).map(RawCell::text).orElse("").strip();
        return !cell.isEmpty() ? cell : isCountry ? country : year;
    }
}
