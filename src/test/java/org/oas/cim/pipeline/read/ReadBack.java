package org.oas.cim.pipeline.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test helper: a whole file read through {@link Spreadsheets}, sheets and rows kept for assertions. */
final class ReadBack {
    record Sheet(String name, List<RawRow> rows) {
        RawRow row(int number) {
            return rows.stream().filter(r -> r.number() == number).findFirst()
                    .orElseThrow(() -> new AssertionError("no row " + number + " in sheet " + name));
        }

        /** The text of a cell, or null when the row has no cell there. */
        String text(int row, int column) {
            return row(row).cell(column).map(RawCell::text).orElse(null);
        }

        RawCell cell(int row, int column) {
            return row(row).cell(column).orElseThrow(() -> new AssertionError("no cell " + row + "/" + column));
        }
    }

    private ReadBack() {
    }

    static List<Sheet> read(Path file) throws IOException, UnreadableFileException {
        return read(file, ReadLimits.defaults());
    }

    static List<Sheet> read(Path file, ReadLimits limits) throws IOException, UnreadableFileException {
        List<Sheet> sheets = new ArrayList<>();
        try (WorkbookStream workbook = Spreadsheets.open(file, limits)) {
            for (SheetStream next = workbook.nextSheet(); next != null; next = workbook.nextSheet()) {
                try (SheetStream sheet = next) {
                    List<RawRow> rows = new ArrayList<>();
                    for (RawRow row = sheet.next(); row != null; row = sheet.next()) {
                        rows.add(row);
                    }
                    sheets.add(new Sheet(sheet.name(), rows));
                }
            }
        }
        return sheets;
    }

    static Sheet only(Path file) throws IOException, UnreadableFileException {
        List<Sheet> sheets = read(file);
        if (sheets.size() != 1) {
            throw new AssertionError("expected one sheet, found " + sheets.size());
        }
        return sheets.get(0);
    }
}
