package org.oas.cim.pipeline.issue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One problem found in an input: a file, a sheet, a row or a cell.
 *
 * @param code     what went wrong
 * @param severity error (not taken), warning (taken with a doubt) or info
 * @param sheet    sheet name, or null for a file-level issue (a CSV has one sheet, named after the file)
 * @param row      1-based row number, or 0 where the issue is not about a row
 * @param column   1-based column number, or 0 where the issue is not about a column
 * @param rawValue the value found, as text (never a pii item's value), or null
 * @param args        values for the message's placeholders, in order (item code, expected kind, ...)
 * @param occurrences how many rows of the file raised this same note or warning (see {@link #foldRepeats}); this
 *                    issue stands at the first of them
 */
public record Issue(IssueCode code, Severity severity, String sheet, int row, int column, String rawValue, List<String> args,
                    int occurrences) {
    public Issue {
        args = List.copyOf(args);
        if (occurrences < 1) {
            throw new IllegalArgumentException("an issue occurs at least once, not " + occurrences);
        }
    }

    /** An issue found once. */
    public Issue(IssueCode code, Severity severity, String sheet, int row, int column, String rawValue, List<String> args) {
        this(code, severity, sheet, row, column, rawValue, args, 1);
    }

    public static Issue of(IssueCode code, String sheet, int row, int column, String rawValue, String... args) {
        return new Issue(code, code.defaultSeverity(), sheet, row, column, rawValue, List.of(args));
    }

    public static Issue ofFile(IssueCode code, String... args) {
        return of(code, null, 0, 0, null, args);
    }

    public Issue withSeverity(Severity other) {
        return new Issue(code, other, sheet, row, column, rawValue, args, occurrences);
    }

    /**
     * What a repeated note or warning has in common with its repeats (see {@link #foldRepeats}), as a short digest of
     * its code, severity, value and arguments; null for an error, which is never folded.
     */
    public String foldKey() {
        if (severity == Severity.ERROR) {
            return null;
        }
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        String identity = String.join("\u0000", code.id(), severity.id(), rawValue == null ? "\u0001" : rawValue,
                String.join("\u001f", args));
        return HexFormat.of().formatHex(digest.digest(identity.getBytes(StandardCharsets.UTF_8)));
    }

    /** The same issue, found {@code more} more times. */
    public Issue foundAgain(int more) {
        return new Issue(code, severity, sheet, row, column, rawValue, args, occurrences + more);
    }

    /**
     * A file's issues with every repeated note or warning folded into its first occurrence: the same code, severity,
     * value and message arguments, wherever in the file, is stored and reported once with how often it occurred, so
     * that the same new organization on 200,000 rows is one line. Errors are never folded: each names its own cell.
     * Ingest folds the same way in SQL ({@code IssueStore}).
     */
    public static List<Issue> foldRepeats(List<Issue> issues) {
        Map<String, Integer> firstAt = new HashMap<>();
        List<Issue> folded = new ArrayList<>();
        for (Issue issue : issues) {
            String key = issue.foldKey();
            if (key == null) {
                folded.add(issue);
                continue;
            }
            Integer first = firstAt.putIfAbsent(key, folded.size());
            if (first == null) {
                folded.add(issue);
            } else {
                folded.set(first, folded.get(first).foundAgain(issue.occurrences));
            }
        }
        return folded;
    }

    /** The spreadsheet reference of the cell ({@code C14}), or empty where the issue is not about a cell. */
    public String cellRef() {
        return CellRefs.ref(row, column);
    }
}
