package org.oas.cim.pipeline.ingest;

import org.oas.cim.pipeline.issue.Issue;
import org.oas.cim.pipeline.issue.IssueCode;

import java.util.List;

/**
 * What reading a file to its end found, before its fate is settled: ingest records it per file, {@code validate}
 * reports it.
 *
 * @param status      ARCHIVED where its records were read (it turns REJECTED if none could be taken), REJECTED where
 *                    the file could not be read or is of no instrument, DUPLICATE where the same bytes came before
 * @param instrument  the instrument its header showed, or null
 * @param language    the file's language as its cells show it, or null where they did not tell
 * @param rejection   the file-level code that rejected it, or null
 * @param duplicateOf the earlier file with the same bytes, or null
 * @param fileIssues  issues about the whole file: its format, its header, its layout
 */
public record FileOutcome(FileStatus status, String instrument, String language, IssueCode rejection, Long duplicateOf,
                          List<Issue> fileIssues) {
    public FileOutcome {
        fileIssues = List.copyOf(fileIssues);
    }

    static FileOutcome rejected(IssueCode rejection, List<Issue> fileIssues) {
        return new FileOutcome(FileStatus.REJECTED, null, null, rejection, null, fileIssues);
    }

    /** The same bytes as an earlier file, named as the researcher knows it. */
    public static FileOutcome duplicate(Long earlierId, String earlierName) {
        return new FileOutcome(FileStatus.DUPLICATE, null, null, null, earlierId,
                List.of(Issue.ofFile(IssueCode.DUPLICATE_FILE, earlierName)));
    }
}
