package org.oas.cim.pipeline.issue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How many issues of one code and severity a file has: the distinct issues (lines of a report) and their occurrences
 * (a folded repeat counts every row it stands for). A report lists a bounded number of issues; its counts come from
 * the tallies, so they stay exact whatever was left unlisted.
 *
 * @param issues      distinct issues (stored rows)
 * @param occurrences every occurrence, folded repeats included
 */
public record IssueTally(Severity severity, IssueCode code, long issues, long occurrences) {
    /** Severity first (errors, warnings, notes), then code: the order reports show the unlisted counts in. */
    public static final Comparator<IssueTally> ORDER = Comparator.comparing(IssueTally::severity)
            .thenComparing(tally -> tally.code().id());

    /** The tallies of {@code issues} by severity and code, in {@link #ORDER}. */
    public static List<IssueTally> of(List<Issue> issues) {
        Map<List<Object>, IssueTally> tallies = new LinkedHashMap<>();
        for (Issue issue : issues) {
            tallies.merge(List.of(issue.severity(), issue.code()), new IssueTally(issue.severity(), issue.code(), 1, issue.occurrences()),
                    IssueTally::plus);
        }
        return tallies.values().stream().sorted(ORDER).toList();
    }

    /**
     * What {@code all} holds beyond {@code listed} (a subset of the same issues), per severity and code, leaving out
     * the codes fully listed.
     */
    public static List<IssueTally> beyond(List<IssueTally> all, List<Issue> listed) {
        Map<List<Object>, IssueTally> shown = new LinkedHashMap<>();
        IssueTally.of(listed).forEach(tally -> shown.put(List.of(tally.severity(), tally.code()), tally));
        List<IssueTally> rest = new ArrayList<>();
        for (IssueTally tally : all) {
            IssueTally seen = shown.get(List.of(tally.severity(), tally.code()));
            IssueTally left = seen == null ? tally
                    : new IssueTally(tally.severity(), tally.code(), tally.issues() - seen.issues(), tally.occurrences() - seen.occurrences());
            if (left.issues() > 0) {
                rest.add(left);
            }
        }
        return rest.stream().sorted(ORDER).toList();
    }

    private IssueTally plus(IssueTally other) {
        return new IssueTally(severity, code, issues + other.issues, occurrences + other.occurrences);
    }
}
