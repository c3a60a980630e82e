package org.oas.cim.pipeline.ingest;

import org.oas.cim.pipeline.issue.Issue;
import org.oas.cim.pipeline.issue.IssueCode;
import org.oas.cim.pipeline.read.ReadLimits;
import org.oas.cim.pipeline.read.UnreadableFileException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * File-level issues with what their messages name: the limit that was hit and its value, the kind of file, the cell
 * that made a file unreadable. A rejection's detail ({@code expansion}, {@code empty}, ...) is the issue's second arg,
 * which selects the refined message {@code issue.<code>.<detail>}.
 */
record FileIssues(ReadLimits limits) {
    private static final long MEGABYTE = 1024 * 1024;

    /** The issue of a file that cannot be read at all. */
    Issue unreadable(UnreadableFileException e, String fileName) {
        List<String> args = new ArrayList<>();
        args.add(firstArg(e, fileName));
        e.detail().ifPresent(args::add);
        return new Issue(e.code(), e.code().defaultSeverity(), e.sheet(), e.row(), e.column(), null, args);
    }

    private String firstArg(UnreadableFileException e, String fileName) {
        if (e.code() == IssueCode.TOO_LARGE) {
            // The value of the limit that was hit, in the unit its message names.
            return switch (e.detail().orElse("")) {
                case UnreadableFileException.EXPANSION -> String.valueOf(Math.round(1 / limits.minInflateRatio()));
                case UnreadableFileException.ENTRY_SIZE -> String.valueOf(limits.maxEntryBytes() / MEGABYTE);
                default -> String.valueOf(limits.maxFileBytes() / MEGABYTE);
            };
        }
        if (e.code() == IssueCode.UNSUPPORTED_FORMAT) {
            // What the bytes are, where they tell: a PDF named .xlsx is "PDF", not ".xlsx".
            return e.contentKind().orElse(extension(fileName));
        }
        return fileName;
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 ? fileName : fileName.substring(dot).toLowerCase(Locale.ROOT);
    }
}
