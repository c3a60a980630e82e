package org.oas.cim.pipeline.publish;

import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a table as RFC 4180 CSV: a header row of machine column names, comma separated, fields quoted only
 * where they hold a comma, a quote or a line break, quotes doubled, records ended by CRLF (RFC 4180's line end,
 * which Excel and every CSV reader accept). UTF-8, by default with a byte-order mark so that Excel in a Spanish
 * or Portuguese locale shows accents. Cells are rendered by {@link CellText}: the same table gives the same bytes.
 */
public final class CsvTableWriter {
    public static final String LINE_END = "\r\n";
    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

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
        if (byteOrderMark) {
            out.write(BYTE_ORDER_MARK);
        }
        Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        ICSVWriter csv = new CSVWriterBuilder(text)
                .withSeparator(',')
                .withQuoteChar('"')
                .withEscapeChar('"')
                .withLineEnd(LINE_END)
                .build();
        List<Column> columns = table.columns();
        csv.writeNext(columns.stream().map(Column::name).toArray(String[]::new), false);
        for (List<Object> row : table.rows()) {
            String[] cells = new String[columns.size()];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = CellText.of(columns.get(i).type(), row.get(i));
            }
            csv.writeNext(cells, false);
        }
        if (csv.checkError()) {
            throw csv.getException() != null ? csv.getException() : new IOException("cannot write table " + table.name());
        }
        text.flush();
    }
}
