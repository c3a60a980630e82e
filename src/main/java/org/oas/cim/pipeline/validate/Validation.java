package org.oas.cim.pipeline.validate;

import org.oas.cim.pipeline.report.FileReport;

import java.nio.file.Path;

/**
 * What {@code validate} found in one file.
 *
 * @param file     the file as given
 * @param report   the verdict, counts and issues ingest would give it
 * @param language the file's language as its words tell (es, pt, en, nl), or null where it was not read
 */
public record Validation(Path file, FileReport report, String language) {
}
