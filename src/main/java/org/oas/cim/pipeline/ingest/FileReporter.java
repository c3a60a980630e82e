package org.oas.cim.pipeline.ingest;

import java.io.IOException;
import java.nio.file.Path;

/** Writes the report a researcher finds beside a placed file; the {@code report} package provides it. */
public interface FileReporter {
    void writeBeside(long fileId, Path placed) throws IOException;
}
