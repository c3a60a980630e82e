package org.oas.cim.pipeline.report;

import org.oas.cim.pipeline.issue.Issue;
import org.oas.cim.pipeline.issue.IssueCode;
import org.oas.cim.pipeline.issue.Severity;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The report a researcher reads about one ingested file, written beside it in archive/ or rejected/, from what
 * the database holds about it: in the file's language (as ingest guessed it from the file's words), else in the
 * configured default language. The value of a personal-data item is never in it (issues never carry one).
 */
public class FileReports {
    private final JdbcClient jdbc;
    private final ReportWriter writer;
    private final String defaultLanguage;

    public FileReports(JdbcClient jdbc, ReportWriter writer, String defaultLanguage) {
        this.jdbc = jdbc;
        this.writer = writer;
        this.defaultLanguage = defaultLanguage;
    }

    /** Writes {@code <file>.report.csv} and {@code <file>.report.html} beside the placed file. */
    public ReportFiles writeBeside(long fileId, Path placed) throws IOException {
        Stored stored = stored(fileId);
        return writer.writeBeside(stored.report(), ReportWriter.language(stored.language(), defaultLanguage), placed);
    }

    private record Stored(FileReport report, String language) {
    }

    private Stored stored(long fileId) {
        List<Issue> issues = issues(fileId);
        return jdbc.sql("SELECT file_name, sha256, status, language, respondents, rows_rejected FROM input_file WHERE id = ?")
                .param(fileId)
                .query((rs, n) -> new Stored(new FileReport(rs.getString("file_name"), rs.getString("sha256"),
                        Verdict.ofStatus(rs.getString("status")), rs.getInt("respondents"), rs.getInt("rows_rejected"), issues),
                        rs.getString("language")))
                .single();
    }

    /** In the order they were stored; {@link FileReport} sorts them. */
    private List<Issue> issues(long fileId) {
        return jdbc.sql("SELECT code, severity, sheet, row_no, col_no, raw_value, args FROM issue WHERE file_id = ? ORDER BY id")
                .param(fileId)
                .query((rs, n) -> new Issue(IssueCode.fromId(rs.getString("code")),
                        Severity.valueOf(rs.getString("severity").toUpperCase(Locale.ROOT)),
                        rs.getString("sheet"), rs.getInt("row_no"), rs.getInt("col_no"), rs.getString("raw_value"),
                        args(rs.getString("args"))))
                .list();
    }

    /** Args are stored joined by the unit separator (U+001F). */
    private static List<String> args(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split("\u001f", -1));
    }
}
