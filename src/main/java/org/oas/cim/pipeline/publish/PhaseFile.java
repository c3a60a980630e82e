package org.oas.cim.pipeline.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A further file published with a phase's tables and moved into place with them ({@code report.html}).
 *
 * @param name    a plain file name, no folder
 * @param content writes the file's bytes
 */
public record PhaseFile(String name, Content content) {
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    public PhaseFile {
        if (name == null || !FILE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a phase file needs a plain file name, was " + name);
        }
        Objects.requireNonNull(content, "content");
    }

    /** Writes a file's bytes; the stream is closed by the caller. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }
}
