package org.oas.cim.pipeline.report;

import org.oas.cim.pipeline.issue.Issue;
import org.oas.cim.pipeline.issue.IssueMessages;
import org.oas.cim.pipeline.issue.IssueTally;
import org.oas.cim.pipeline.issue.Severity;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A {@link FileReport} in words, in one language: what the CSV, the HTML page and the terminal all show, so that
 * the three never disagree. Summary first (file, verdict, counts, fingerprint), then one line per listed issue, then one
 * per code with issues left unlisted (how many).
 *
 * @param language the report's language (English, Spanish or Portuguese)
 * @param title    the heading: "Report on the file CR_ngo.xlsx"
 * @param summary  label and value pairs, the verdict second and the counts after it
 * @param columns  the headings of an issue line's cells
 * @param lines    one per listed issue, in the report's order, then one per code with unlisted issues
 * @param noIssues what to say where there is no issue
 */
public record LocalizedReport(FileReport report, Locale language, String title, List<Field> summary,
                              List<String> columns, List<Line> lines, String noIssues) {
    /** Where the verdict and the file's fingerprint stand in {@link #summary()}. */
    public static final int VERDICT = 1;
    public static final int FINGERPRINT = 7;

    public LocalizedReport {
        summary = List.copyOf(summary);
        columns = List.copyOf(columns);
        lines = List.copyOf(lines);
    }

    /** One label and its value. */
    public record Field(String label, String value) {
    }

    /**
     * One issue in words.
     *
     * @param value the value found, as written (the CSV guards it against formulas), or empty
     */
    public record Line(Severity severity, String severityLabel, String sheet, String cell, String value, String code,
                       String problem, String whatToDo) {
        /** Where each cell stands in {@link #cells()} (and its heading in {@link LocalizedReport#columns()}). */
        public static final int SHEET = 1;
        public static final int CELL = 2;
        public static final int VALUE = 3;
        public static final int CODE = 4;
        public static final int WHAT_TO_DO = 6;

        /** The cells in the order of {@link LocalizedReport#columns()}. */
        public List<String> cells() {
            return List.of(severityLabel, sheet, cell, value, code, problem, whatToDo);
        }
    }

    static LocalizedReport of(FileReport report, Locale locale, ReportLabels labels, IssueMessages messages) {
        Locale language = IssueMessages.language(locale);
        long errors = report.count(Severity.ERROR);
        String verdictKey = "report.verdict." + report.verdict().id() + verdictDetail(report.verdict(), errors);
        List<Field> summary = List.of(
                new Field(labels.get("report.file", language), VisibleText.of(report.fileName())),
                new Field(labels.get("report.verdict", language), labels.get(verdictKey, language)),
                new Field(labels.get("report.respondents", language), String.valueOf(report.respondents())),
                new Field(labels.get("report.rows.not-taken", language), String.valueOf(report.rowsNotTaken())),
                new Field(labels.get("report.errors", language), String.valueOf(errors)),
                new Field(labels.get("report.warnings", language), String.valueOf(report.count(Severity.WARNING))),
                new Field(labels.get("report.consistency-warnings", language), String.valueOf(report.consistencyWarnings())),
                new Field(labels.get("report.sha256", language), report.sha256()));
        List<String> columns = List.of("severity", "sheet", "cell", "value", "code", "problem", "what-to-do").stream()
                .map(key -> labels.get("report.column." + key, language)).toList();
        List<Line> lines = new ArrayList<>();
        report.issues().forEach(issue -> lines.add(line(issue, language, labels, messages)));
        report.unlisted().forEach(tally -> lines.add(unlisted(tally, language, labels)));
        return new LocalizedReport(report, language, labels.get("report.title", language, VisibleText.of(report.fileName())), summary,
                columns, lines, labels.get("report.no-issues", language));
    }

    /** Why a file was not taken though no issue is an error (it has no answers), or that errors were left out of one taken. */
    private static String verdictDetail(Verdict verdict, long errors) {
        if (verdict == Verdict.NOT_TAKEN && errors == 0) {
            return ".no-rows";
        }
        return verdict == Verdict.TAKEN && errors > 0 ? ".with-errors" : "";
    }

    private static Line line(Issue issue, Locale language, ReportLabels labels, IssueMessages messages) {
        // An issue about a whole row has no cell: "row 3" says where it is in plain words.
        String cell = issue.column() == 0 && issue.row() > 0
                ? labels.get("report.row", language, String.valueOf(issue.row())) : issue.cellRef();
        return new Line(issue.severity(), labels.get("report.severity." + issue.severity().id(), language),
                issue.sheet() == null ? "" : VisibleText.of(issue.sheet()), cell,
                issue.rawValue() == null ? "" : VisibleText.of(issue.rawValue()),
                issue.code().id(), VisibleText.of(problem(issue, language, labels, messages)), messages.fix(issue, language));
    }

    /** What a report leaves unlisted of one code, with its exact count: a line with no cell, after the listed issues. */
    private static Line unlisted(IssueTally tally, Locale language, ReportLabels labels) {
        NumberFormat numbers = NumberFormat.getIntegerInstance(language);
        return new Line(tally.severity(), labels.get("report.severity." + tally.severity().id(), language), "", "", "",
                tally.code().id(), labels.get("report.unlisted", language, numbers.format(tally.occurrences()),
                numbers.format(FileReport.LISTED_ISSUES)), labels.get("report.unlisted.fix", language));
    }

    /** The issue's message; a note or warning found on many rows says how many more ("and 1,234 more rows like it"). */
    private static String problem(Issue issue, Locale language, ReportLabels labels, IssueMessages messages) {
        String message = messages.message(issue, language);
        if (issue.occurrences() == 1) {
            return message;
        }
        String more = NumberFormat.getIntegerInstance(language).format(issue.occurrences() - 1L);
        return message + " " + labels.get("report.more-rows", language, more);
    }
}
