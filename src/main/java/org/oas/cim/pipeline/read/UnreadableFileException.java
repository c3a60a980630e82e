package org.oas.cim.pipeline.read;

import org.oas.cim.pipeline.issue.IssueCode;

import java.util.Optional;

/**
 * A file that cannot be read at all: empty, encrypted, corrupt, too large, a zip bomb, or of a format the
 * pipeline does not take. The whole file is rejected with {@link #code()}; the message is for operators
 * (English), the code is what researchers' reports translate.
 */
public class UnreadableFileException extends Exception {
    /** The details of a rejection ({@link #detail()}), each with a refined message {@code issue.<code>.<detail>}. */
    public static final String EXPANSION = "expansion";
    public static final String ENTRY_SIZE = "entry";
    public static final String EMPTY = "empty";
    public static final String DAMAGED_ZIP = "zip";
    public static final String STRICT_OOXML = "strict";
    public static final String SHARED_STRING = "shared_string";

    private final IssueCode code;
    private String contentKind;
    private String detail;
    private String sheet;
    private int row;
    private int column;

    public UnreadableFileException(IssueCode code, String message) {
        super(message);
        this.code = code;
    }

    /** The same rejection, saying what the file's bytes show it really is ({@code PDF}, {@code gzip}). */
    UnreadableFileException withContentKind(String kind) {
        this.contentKind = kind;
        return this;
    }

    /**
     * The same rejection, with what exactly was wrong ({@code empty}, {@code zip}, {@code expansion}): it selects the
     * refined message {@code issue.<code>.<detail>} in the researcher's language.
     */
    UnreadableFileException withDetail(String what) {
        this.detail = what;
        return this;
    }

    /** The same rejection, at the cell that caused it. */
    UnreadableFileException at(String sheetName, int rowNumber, int columnNumber) {
        this.sheet = sheetName;
        this.row = rowNumber;
        this.column = columnNumber;
        return this;
    }

    public UnreadableFileException(IssueCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public IssueCode code() {
        return code;
    }

    /**
     * What the file's content shows it is where that is not what its name says (a PDF named .xlsx): a name the same in
     * every language ({@code PDF}, {@code HTML}, {@code gzip}); empty where only the name's extension is known.
     */
    public Optional<String> contentKind() {
        return Optional.ofNullable(contentKind);
    }

    /** What exactly was wrong, where the code alone does not say it (see {@link #withDetail}). */
    public Optional<String> detail() {
        return Optional.ofNullable(detail);
    }

    /** The sheet of the cell that caused the rejection, or null where no one cell did. */
    public String sheet() {
        return sheet;
    }

    /** The row of that cell, or 0. */
    public int row() {
        return row;
    }

    /** The column of that cell, or 0. */
    public int column() {
        return column;
    }
}
