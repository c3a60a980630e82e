package org.oas.cim.pipeline.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a table as RFC 4180 CSV: a header row of machine column names, comma separated, fields quoted only
 * where they hold a comma, a quote or a line break, quotes doubled, records ended by CRLF (RFC 4180's line end,
 * which Excel and every CSV reader accept). UTF-8, by default with a byte-order mark so that Excel in a Spanish
 * or Portuguese locale shows accents. Cells are rendered by {@link CellText} and written by the {@link SafeCsvWriter}: the same table gives the same bytes.
 */
public final class CsvTableWriter {
    public static final String LINE_END = "\r\n";

    private final boolean byteOrderMark;

    public CsvTableWriter(boolean byteOrderMark) {
        this.byteOrderMark = byteOrderMark;
    }

    /** The file a table is published as: {@code <name>.csv}. */
    public static String fileName(Table table) {
        return table.name() + ".csv";
    }

    public void write(Table table, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(table, out);
        }
    }

    /** Writes the table to {@code out} and flushes it; the stream stays open. */
    public void write(Table table, OutputStream out) throws IOException {
        SafeCsvWriter csv = SafeCsvWriter.open(out, byteOrderMark, LINE_END);
        List<Column> columns = table.columns();
        csv.row(columns.stream().map(Column::name).toArray(String[]::new));
        for (List<Object> row : table.rows()) {
            String[] cells = new String[columns.size()];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = CellText.of(columns.get(i).type(), row.get(i));
            }
            csv.row(cells);
        }
        csv.flush();
    }
}
