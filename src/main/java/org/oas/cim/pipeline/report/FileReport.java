package org.oas.cim.pipeline.report;

import org.oas.cim.pipeline.consistency.ConsistencyCheck;
import org.oas.cim.pipeline.issue.Issue;
import org.oas.cim.pipeline.issue.IssueTally;
import org.oas.cim.pipeline.issue.Severity;

import java.util.Comparator;
import java.util.List;

/**
 * What a researcher learns about one file, in no language yet: the verdict, the counts, and its issues, errors
 * first, then by sheet, row and column (issues found at the same place keep the order they were found in).
 * Ingest's reports and {@code validate} both build one; {@link ReportWriter} renders it.
 *
 * <p>A report lists at most {@link #LISTED_ISSUES} issues, so that it stays small whatever the file (one warning per
 * column of a file 100,000 columns wide); its counts are those of every issue, from the tallies, and what is left
 * unlisted is counted per code ({@link #unlisted()}).
 *
 * @param rowsNotTaken        records whose country or phase could not be settled
 * @param issues              the first issues in the report's order, at most {@link #LISTED_ISSUES}
 * @param tallies             every issue of the file, counted by severity and code
 * @param consistencyWarnings the issues that are broken consistency rules of the codebook (answers that contradict
 *                            each other)
 */
public record FileReport(String fileName, String sha256, Verdict verdict, int respondents, int rowsNotTaken,
                         List<Issue> issues, List<IssueTally> tallies, long consistencyWarnings) {
    /** How many issues a report lists at most. */
    public static final int LISTED_ISSUES = 1_000;

    private static final Comparator<Issue> ORDER = Comparator.comparing(Issue::severity)
            .thenComparing(Issue::sheet, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingInt(Issue::row)
            .thenComparingInt(Issue::column);

    public FileReport {
        if (issues.size() > LISTED_ISSUES) {
            throw new IllegalArgumentException("a report lists at most " + LISTED_ISSUES + " issues, not " + issues.size());
        }
        issues = issues.stream().sorted(ORDER).toList();
        tallies = tallies.stream().sorted(IssueTally.ORDER).toList();
    }

    /** The report on a file whose every issue is at hand ({@code validate}): the first {@link #LISTED_ISSUES} are listed. */
    public static FileReport of(String fileName, String sha256, Verdict verdict, int respondents, int rowsNotTaken, List<Issue> all) {
        List<Issue> sorted = all.stream().sorted(ORDER).toList();
        return new FileReport(fileName, sha256, verdict, respondents, rowsNotTaken,
                sorted.subList(0, Math.min(LISTED_ISSUES, sorted.size())), IssueTally.of(all),
                all.stream().filter(ConsistencyCheck::isBrokenRule).count());
    }

    /** Every occurrence of an issue of {@code severity}, listed or not. */
    public long count(Severity severity) {
        return tallies.stream().filter(t -> t.severity() == severity).mapToLong(IssueTally::occurrences).sum();
    }

    /** The issues left out of {@link #issues()}, counted per severity and code; empty where every issue is listed. */
    public List<IssueTally> unlisted() {
        return IssueTally.beyond(tallies, issues);
    }

    /** Whether the file, or some cell or row of it, was not taken: an error, or no respondent at all. */
    public boolean failed() {
        return verdict == Verdict.NOT_TAKEN || count(Severity.ERROR) > 0;
    }
}
