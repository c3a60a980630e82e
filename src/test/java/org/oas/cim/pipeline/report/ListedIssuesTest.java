package org.oas.cim.pipeline.report;

import org.junit.jupiter.api.Test;
import org.oas.cim.pipeline.issue.Issue;
import org.oas.cim.pipeline.issue.IssueCode;
import org.oas.cim.pipeline.issue.IssueTally;
import org.oas.cim.pipeline.issue.Severity;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** A report lists at most {@link FileReport#LISTED_ISSUES} issues, errors first, and counts every issue exactly. */
class ListedIssuesTest {
    @Test
    void theErrorsAreListedFirstAndWhatIsLeftOutIsCountedPerCode() {
        List<Issue> all = new ArrayList<>();
        for (int column = 1; column <= 1_200; column++) {
            all.add(Issue.of(IssueCode.EXTRA_LABEL, "Datos", 1, column, "extra " + column));
        }
        all.add(Issue.of(IssueCode.NEW_ORGANIZATION, "Datos", 2, 2, null, "Casa Alianza").foundAgain(9));
        for (int row = 2; row <= 4; row++) {
            all.add(Issue.of(IssueCode.TYPE_ERROR, "Datos", row, 5, "x", "P6", "estimate"));
        }

        FileReport report = FileReport.of("CR_wide.csv", "00", Verdict.TAKEN, 3, 0, all);

        assertThat(report.issues()).hasSize(FileReport.LISTED_ISSUES);
        assertThat(report.issues().subList(0, 3)).extracting(Issue::code).containsOnly(IssueCode.TYPE_ERROR);
        assertThat(report.issues().subList(3, FileReport.LISTED_ISSUES)).extracting(Issue::code).containsOnly(IssueCode.EXTRA_LABEL);
        assertThat(report.count(Severity.ERROR)).isEqualTo(3);
        assertThat(report.count(Severity.WARNING)).isEqualTo(1_200);
        assertThat(report.count(Severity.INFO)).isEqualTo(10);
        assertThat(report.unlisted()).containsExactly(
                new IssueTally(Severity.WARNING, IssueCode.EXTRA_LABEL, 203, 203),
                new IssueTally(Severity.INFO, IssueCode.NEW_ORGANIZATION, 1, 10));
    }

    @Test
    void theReportSaysHowManyMoreThereAreAndThatTheCountsIncludeThem() {
        List<Issue> all = new ArrayList<>();
        for (int column = 1; column <= 1_234 + FileReport.LISTED_ISSUES; column++) {
            all.add(Issue.of(IssueCode.EXTRA_LABEL, "Data", 1, column, "extra " + column));
        }
        FileReport report = FileReport.of("wide.csv", "00", Verdict.TAKEN, 1, 0, all);
        StringWriter text = new StringWriter();

        ReportWriter.standard().print(report, Locale.ENGLISH, new PrintWriter(text));

        assertThat(text.toString())
                .contains("Warnings:", "2234")
                .contains("1,234 more issues with this code are not listed (a report lists the first 1,000 issues of a file)")
                .doesNotContain("extra 1001\"");
        assertThat(text.toString().lines().filter(l -> l.contains("extra-label"))).hasSize(FileReport.LISTED_ISSUES + 1);
    }

    @Test
    void aReportWithFewIssuesListsThemAllAndNothingMore() {
        FileReport report = FileReport.of("small.csv", "00", Verdict.TAKEN, 1, 0,
                List.of(Issue.of(IssueCode.EXTRA_LABEL, "Data", 1, 6, "extra")));

        assertThat(report.issues()).hasSize(1);
        assertThat(report.unlisted()).isEmpty();
        assertThat(ReportWriter.standard().localize(report, Locale.ENGLISH).lines()).hasSize(1);
    }
}
