package org.oas.cim.pipeline.read;

import org.oas.cim.pipeline.issue.IssueCode;

/**
 * A file that cannot be read at all: empty, encrypted, corrupt, too large, a zip bomb, or of a format the
 * pipeline does not take. The whole file is rejected with {@link #code()}; the message is for operators
 * (English), the code is what researchers' reports translate.
 */
public class UnreadableFileException extends Exception {
    private final IssueCode code;

    public UnreadableFileException(IssueCode code, String message) {
        super(message);
        this.code = code;
    }

    public UnreadableFileException(IssueCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public IssueCode code() {
        return code;
    }
}
