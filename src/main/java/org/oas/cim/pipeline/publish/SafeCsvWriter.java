package org.oas.cim.pipeline.publish;

import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The one CSV writer of every file the pipeline writes for people (tables, manifest, evidence, reports, the inbox's
 * notices): UTF-8, fields quoted where needed, and every cell that a spreadsheet would run as a formula written as
 * text ({@link CellText#guardFormula}), whatever it holds (a file name, a sheet name, a header, a value). A plain
 * number is left as it is: {@code -5} is a number, not a formula.
 */
public final class SafeCsvWriter implements Closeable {
    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private final Writer text;
    private final ICSVWriter csv;

    private SafeCsvWriter(Writer text, String lineEnd) {
        this.text = text;
        this.csv = new CSVWriterBuilder(text).withSeparator(',').withQuoteChar('"').withEscapeChar('"').withLineEnd(lineEnd).build();
    }

    /**
     * A writer onto {@code out}, which {@link #close()} closes.
     *
     * @param byteOrderMark whether the file starts with a UTF-8 byte order mark (Excel then reads accents right)
     * @param lineEnd       {@code "\r\n"} or {@code "\n"}
     */
    public static SafeCsvWriter open(OutputStream out, boolean byteOrderMark, String lineEnd) throws IOException {
        if (byteOrderMark) {
            out.write(BYTE_ORDER_MARK);
        }
        return new SafeCsvWriter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)), lineEnd);
    }

    /** A writer onto text already open (a terminal): {@link #flush()} it; closing it closes {@code out}. */
    public static SafeCsvWriter over(Writer out, String lineEnd) {
        return new SafeCsvWriter(out, lineEnd);
    }

    /** Writes one row; a null cell is empty. */
    public void row(String... cells) {
        String[] safe = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            safe[i] = cell(cells[i]);
        }
        csv.writeNext(safe, false);
    }

    /** A cell as written: empty for null, guarded where it would run as a formula, a plain number as it is. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        // Most cells start with no formula character; only those are matched against a number (millions of cells a file).
        if (!CellText.looksLikeFormula(value) || PLAIN_NUMBER.matcher(value).matches()) {
            return value;
        }
        return CellText.guardFormula(value);
    }

    /** Flushes what was written; fails where any write failed. */
    public void flush() throws IOException {
        if (csv.checkError()) {
            throw csv.getException() != null ? csv.getException() : new IOException("a CSV row could not be written");
        }
        text.flush();
    }

    @Override
    public void close() throws IOException {
        flush();
        csv.close();
    }
}
