package org.oas.cim.pipeline.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.oas.cim.pipeline.issue.Issue;
import org.oas.cim.pipeline.issue.IssueCode;

import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.ICSVParser;
import com.opencsv.enums.CSVReaderNullFieldIndicator;
import com.opencsv.exceptions.CsvMalformedLineException;
import com.opencsv.exceptions.CsvValidationException;

/**
 * A delimited text file ({@code .csv}, {@code .txt}, {@code .tsv}) as a workbook of one sheet named after the
 * file. Every cell is text; a row's number is the line its record starts on, since quoted fields may span
 * lines.
 */
final class CsvWorkbook implements WorkbookStream {
    /** Enough for the first {@link DelimiterSniffer#SAMPLE_RECORDS} records of any questionnaire export. */
    private static final int SAMPLE_CHARS = 64 * 1024;

    private final String sheetName;
    private final BufferedReader text;
    private final char delimiter;
    private final List<Issue> issues;
    private final AtomicLong bytesRead;
    private final long fileBytes;
    private boolean handedOut;

    private CsvWorkbook(String sheetName, BufferedReader text, char delimiter, List<Issue> issues, AtomicLong bytesRead,
                        long fileBytes) {
        this.sheetName = sheetName;
        this.text = text;
        this.delimiter = delimiter;
        this.issues = issues;
        this.bytesRead = bytesRead;
        this.fileBytes = fileBytes;
    }

    static WorkbookStream open(Path file, String sheetName, char fallbackDelimiter) throws IOException {
        TextEncoding encoding = TextEncoding.detect(file);
        AtomicLong bytesRead = new AtomicLong();
        long fileBytes = Files.size(file);
        InputStream in = new CountedStream(Files.newInputStream(file), bytesRead);
        try {
            in.skipNBytes(encoding.bomLength());
            BufferedReader text = new BufferedReader(new InputStreamReader(in, encoding.decoder()), SAMPLE_CHARS * 2);
            text.mark(SAMPLE_CHARS + 1);
            char[] sample = new char[SAMPLE_CHARS + 1];
            int length = readFully(text, sample);
            text.reset();
            boolean wholeFile = length <= SAMPLE_CHARS;
            char delimiter = DelimiterSniffer.detect(new String(sample, 0, Math.min(length, SAMPLE_CHARS)), wholeFile, fallbackDelimiter);
            return new CsvWorkbook(sheetName, text, delimiter, encodingIssues(encoding, sheetName), bytesRead, fileBytes);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** What the researcher is told of how the text was decoded: bytes replaced, or read in a legacy encoding. */
    private static List<Issue> encodingIssues(TextEncoding encoding, String sheetName) {
        if (encoding.replacedFrom() > 0) {
            return List.of(Issue.of(IssueCode.ENCODING_ERROR, sheetName, encoding.replacedFrom(), 0, null,
                    String.valueOf(encoding.replacedFrom())));
        }
        if (encoding.charset().equals(TextEncoding.WINDOWS_1252)) {
            return List.of(Issue.of(IssueCode.TEXT_ENCODING, sheetName, 0, 0, null, "Windows-1252"));
        }
        return List.of();
    }

    /** Fills the buffer unless the text ends first; a single read may stop short of both. */
    private static int readFully(BufferedReader text, char[] buffer) throws IOException {
        int length = 0;
        while (length < buffer.length) {
            int n = text.read(buffer, length, buffer.length - length);
            if (n < 0) {
                break;
            }
            length += n;
        }
        return length;
    }

    @Override
    public SheetStream nextSheet() {
        if (handedOut) {
            return null;
        }
        handedOut = true;
        CSVReader reader = new CSVReaderBuilder(text)
                .withCSVParser(new CSVParserBuilder()
                        .withSeparator(delimiter)
                        .withQuoteChar('"')
                        // Excel doubles a quote inside a quoted field and never escapes with a backslash;
                        // a backslash in "C:\datos" is text.
                        .withEscapeChar(ICSVParser.NULL_CHARACTER)
                        .withFieldAsNull(CSVReaderNullFieldIndicator.NEITHER)
                        .build())
                .build();
        return new CsvSheet(reader);
    }

    @Override
    public List<Issue> issues() {
        return issues;
    }

    /** The bytes read from the file (the decoder reads a few kilobytes ahead) over its size. */
    @Override
    public double shareRead() {
        return fileBytes == 0 ? 1 : Math.min(1, (double) bytesRead.get() / fileBytes);
    }

    @Override
    public void close() throws IOException {
        text.close();
    }

    private final class CsvSheet implements SheetStream {
        private final CSVReader reader;

        CsvSheet(CSVReader reader) {
            this.reader = reader;
        }

        @Override
        public String name() {
            return sheetName;
        }

        @Override
        public RawRow next() throws IOException {
            while (true) {
                int firstLine = (int) reader.getLinesRead() + 1;
                String[] record;
                try {
                    record = reader.readNext();
                } catch (CsvMalformedLineException | CsvValidationException e) {
                    throw new UnreadableStreamException(Rejections.corrupt(
                            "the record starting on line " + firstLine + " is malformed (an unclosed quote?)", e));
                }
                if (record == null) {
                    return null;
                }
                List<RawCell> cells = new ArrayList<>(record.length);
                for (int i = 0; i < record.length; i++) {
                    // NUL bytes alone are padding some copy tools leave at a file's end, not a value.
                    if (record[i].chars().anyMatch(c -> c != 0)) {
                        cells.add(RawCell.text(i + 1, record[i]));
                    }
                }
                if (!cells.isEmpty()) {
                    return new RawRow(firstLine, cells);
                }
            }
        }

        @Override
        public void close() {
            // the reader belongs to the workbook, which closes it
        }
    }
}
