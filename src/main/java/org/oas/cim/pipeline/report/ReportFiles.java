package org.oas.cim.pipeline.report;

import java.nio.file.Path;

/** The two files of one report: {@code <file>.report.csv} and {@code <file>.report.html}. */
public record ReportFiles(Path csv, Path html) {
}
