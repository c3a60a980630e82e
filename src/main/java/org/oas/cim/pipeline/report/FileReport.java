package org.oas.cim.pipeline.report;

import org.oas.cim.pipeline.consistency.ConsistencyCheck;
import org.oas.cim.pipeline.issue.Issue;
import org.oas.cim.pipeline.issue.Severity;

import java.util.Comparator;
import java.util.List;

/**
 * What a researcher learns about one file, in no language yet: the verdict, the counts, and every issue, errors
 * first, then by sheet, row and column (issues found at the same place keep the order they were found in).
 * Ingest's reports and {@code validate} both build one; {@link ReportWriter} renders it.
 *
 * @param rowsNotTaken records whose country or phase could not be settled
 */
public record FileReport(String fileName, String sha256, Verdict verdict, int respondents, int rowsNotTaken,
                         List<Issue> issues) {
    private static final Comparator<Issue> ORDER = Comparator.comparing(Issue::severity)
            .thenComparing(Issue::sheet, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingInt(Issue::row)
            .thenComparingInt(Issue::column);

    public FileReport {
        issues = issues.stream().sorted(ORDER).toList();
    }

    public long count(Severity severity) {
        return issues.stream().filter(i -> i.severity() == severity).mapToLong(Issue::occurrences).sum();
    }

    /** The warnings that are broken consistency rules of the codebook (answers that contradict each other). */
    public long consistencyWarnings() {
        return issues.stream().filter(ConsistencyCheck::isBrokenRule).count();
    }

    /** Whether the file, or some cell or row of it, was not taken: an error, or no respondent at all. */
    public boolean failed() {
        return verdict == Verdict.NOT_TAKEN || count(Severity.ERROR) > 0;
    }
}
