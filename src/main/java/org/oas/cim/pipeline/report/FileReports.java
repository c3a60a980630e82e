package org.oas.cim.pipeline.report;

import com.opencsv.CSVWriter;
import org.oas.cim.pipeline.issue.Issue;
import org.oas.cim.pipeline.issue.IssueCode;
import org.oas.cim.pipeline.issue.IssueMessages;
import org.oas.cim.pipeline.issue.Severity;
import org.oas.cim.pipeline.publish.CellText;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The report a researcher reads about one file, written beside it in archive/ or rejected/: the verdict and
 * the counts first, then every issue with its sheet, cell, the value found and what to do, in the file's
 * language. The value of a personal-data item is never in it (issues never carry one).
 */
public class FileReports {
    private final JdbcClient jdbc;
    private final IssueMessages messages;
    private final MessageSource labels;
    private final String defaultLanguage;

    public FileReports(JdbcClient jdbc, IssueMessages messages, MessageSource labels, String defaultLanguage) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.labels = labels;
        this.defaultLanguage = defaultLanguage;
    }

    /** Writes {@code <file>.report.csv} beside the placed file; returns its path. */
    public Path writeBeside(long fileId, Path placed) throws IOException {
        FileSummary summary = summary(fileId);
        Locale locale = IssueMessages.language(Locale.forLanguageTag(summary.language() == null ? defaultLanguage : summary.language()));
        List<Issue> issues = issues(fileId);
        Path report = placed.resolveSibling(placed.getFileName() + ".report.csv");
        try (Writer out = Files.newBufferedWriter(report, StandardCharsets.UTF_8);
             CSVWriter csv = new CSVWriter(out)) {
            out.write('\uFEFF');
            csv.writeNext(new String[] {label("report.file", locale), summary.fileName()}, false);
            csv.writeNext(new String[] {label("report.verdict", locale), label("report.verdict." + summary.status().toLowerCase(Locale.ROOT), locale)}, false);
            csv.writeNext(new String[] {label("report.respondents", locale), String.valueOf(summary.respondents())}, false);
            csv.writeNext(new String[] {label("report.rows.rejected", locale), String.valueOf(summary.rowsRejected())}, false);
            csv.writeNext(new String[] {label("report.errors", locale), String.valueOf(count(issues, Severity.ERROR))}, false);
            csv.writeNext(new String[] {label("report.warnings", locale), String.valueOf(count(issues, Severity.WARNING))}, false);
            csv.writeNext(new String[] {label("report.sha256", locale), summary.sha256()}, false);
            csv.writeNext(new String[0], false);
            csv.writeNext(Arrays.stream(new String[] {"severity", "sheet", "cell", "value", "code", "problem", "what.to.do"})
                    .map(key -> label("report.column." + key, locale)).toArray(String[]::new), false);
            for (Issue issue : issues) {
                csv.writeNext(new String[] {label("report.severity." + issue.severity().id(), locale),
                        nullToEmpty(issue.sheet()), issue.cellRef(), issue.rawValue() == null ? "" : CellText.guardFormula(issue.rawValue()), issue.code().id(),
                        messages.message(issue, locale), messages.fix(issue, locale)}, false);
            }
        }
        return report;
    }

    private record FileSummary(String fileName, String sha256, String status, String language, int respondents, int rowsRejected) {
    }

    private FileSummary summary(long fileId) {
        return jdbc.sql("SELECT file_name, sha256, status, language, respondents, rows_rejected FROM input_file WHERE id = ?")
                .param(fileId)
                .query((rs, n) -> new FileSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getInt(6)))
                .single();
    }

    private List<Issue> issues(long fileId) {
        return jdbc.sql("""
                        SELECT code, severity, sheet, row_no, col_no, raw_value, args FROM issue WHERE file_id = ?
                        ORDER BY CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, sheet, row_no, col_no, id""")
                .param(fileId)
                .query((rs, n) -> new Issue(IssueCode.fromId(rs.getString("code")), Severity.valueOf(rs.getString("severity").toUpperCase(Locale.ROOT)),
                        rs.getString("sheet"), rs.getInt("row_no"), rs.getInt("col_no"), rs.getString("raw_value"),
                        rs.getString("args") == null || rs.getString("args").isEmpty() ? List.of() : List.of(rs.getString("args").split("\u001f", -1))))
                .list();
    }

    private static long count(List<Issue> issues, Severity severity) {
        return issues.stream().filter(i -> i.severity() == severity).count();
    }

    private String label(String key, Locale locale) {
        return labels.getMessage(key, null, key, locale);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
