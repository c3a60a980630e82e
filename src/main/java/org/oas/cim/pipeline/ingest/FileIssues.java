package org.oas.cim.pipeline.ingest;

import org.oas.cim.pipeline.issue.Issue;
import org.oas.cim.pipeline.issue.IssueCode;
import org.oas.cim.pipeline.read.ReadLimits;
import org.oas.cim.pipeline.read.UnreadableFileException;

import java.util.Locale;

/** File-level issues with what their messages name (the size limit, the kind of file). */
record FileIssues(ReadLimits limits) {
    private static final long MEGABYTE = 1024 * 1024;

    /** The issue of a file that cannot be read at all. */
    Issue unreadable(UnreadableFileException e, String fileName) {
        if (e.code() == IssueCode.TOO_LARGE) {
            return Issue.ofFile(e.code(), String.valueOf(limits.maxFileBytes() / MEGABYTE));
        }
        if (e.code() == IssueCode.UNSUPPORTED_FORMAT) {
            // What the bytes are, where they tell: a PDF named .xlsx is "PDF", not ".xlsx".
            return Issue.ofFile(e.code(), e.contentKind().orElse(extension(fileName)));
        }
        return Issue.ofFile(e.code(), fileName);
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 ? fileName : fileName.substring(dot).toLowerCase(Locale.ROOT);
    }
}
