package org.oas.cim.pipeline.read;

import org.oas.cim.pipeline.issue.IssueCode;

import java.util.Optional;

/**
 * A file that cannot be read at all: empty, encrypted, corrupt, too large, a zip bomb, or of a format the
 * pipeline does not take. The whole file is rejected with {@link #code()}; the message is for operators
 * (English), the code is what researchers' reports translate.
 */
public class UnreadableFileException extends Exception {
    private final IssueCode code;
    private String contentKind;

    public UnreadableFileException(IssueCode code, String message) {
        super(message);
        this.code = code;
    }

    /** The same rejection, saying what the file's bytes show it really is ({@code PDF}, {@code gzip}). */
    UnreadableFileException withContentKind(String kind) {
        this.contentKind = kind;
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
}
