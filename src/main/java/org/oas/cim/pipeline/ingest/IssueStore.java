package org.oas.cim.pipeline.ingest;

import org.oas.cim.pipeline.consistency.ConsistencyCheck;
import org.oas.cim.pipeline.issue.Issue;
import org.oas.cim.pipeline.issue.IssueCode;
import org.oas.cim.pipeline.issue.IssueTally;
import org.oas.cim.pipeline.issue.Severity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code issue} table: every problem found in a file, by code and arguments; messages are rendered in the
 * reader's language when shown, never stored.
 */
public class IssueStore {
    private static final String ARG_SEPARATOR = "\u001f";
    private static final int MAX_RAW_VALUE = 2000;
    private static final int FOLD_BATCH = 500;

    private final JdbcTemplate batches;
    private final JdbcClient jdbc;

    public IssueStore(JdbcTemplate jdbc) {
        this.batches = jdbc;
        this.jdbc = JdbcClient.create(jdbc);
    }

    /** Stores issues of one file, in one batch. */
    void insert(long fileId, List<Issue> issues) {
        batches.batchUpdate("""
                INSERT INTO issue (file_id, sheet, row_no, col_no, cell_ref, raw_value, code, severity, args, occurrences, fold_key)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", issues.stream().map(issue -> new Object[] {fileId, issue.sheet(),
                issue.row(), issue.column(), issue.cellRef(), truncate(issue.rawValue()), issue.code().id(),
                issue.severity().id(), String.join(ARG_SEPARATOR, issue.args()), issue.occurrences(), issue.foldKey()}).toList());
    }

    /** Adds further occurrences, by fold key, to the first stored issue of the file with that key. */
    void addRepeats(long fileId, Map<String, Integer> repeats) {
        if (repeats.isEmpty()) {
            return;
        }
        batches.batchUpdate("""
                UPDATE issue SET occurrences = occurrences + ?
                WHERE id = (SELECT MIN(id) FROM issue WHERE file_id = ? AND fold_key = ?)""",
                repeats.entrySet().stream().map(repeat -> new Object[] {repeat.getValue(), fileId, repeat.getKey()}).toList());
    }

    /**
     * Folds every repeated note or warning of a file into its first occurrence, with how often it occurred, as
     * {@link Issue#foldRepeats} does for {@code validate}.
     */
    void foldRepeats(long fileId) {
        // The groups are computed whole before the first row comes back, so their rows can change meanwhile; each group
        // is then two statements on the (file_id, fold_key) index, in batches: time and memory grow with the file, no more.
        List<Object[]> firsts = new ArrayList<>();
        List<Object[]> repeats = new ArrayList<>();
        jdbc.sql("""
                        SELECT fold_key, MIN(id), SUM(occurrences) FROM issue WHERE file_id = ? AND fold_key IS NOT NULL
                        GROUP BY fold_key HAVING COUNT(*) > 1""")
                .param(fileId)
                .query(rs -> {
                    firsts.add(new Object[] {rs.getLong(3), rs.getLong(2)});
                    repeats.add(new Object[] {fileId, rs.getString(1), rs.getLong(2)});
                    if (firsts.size() == FOLD_BATCH) {
                        foldBatch(firsts, repeats);
                    }
                });
        foldBatch(firsts, repeats);
    }

    private void foldBatch(List<Object[]> firsts, List<Object[]> repeats) {
        batches.batchUpdate("UPDATE issue SET occurrences = ? WHERE id = ?", firsts);
        batches.batchUpdate("DELETE FROM issue WHERE file_id = ? AND fold_key = ? AND id > ?", repeats);
        firsts.clear();
        repeats.clear();
    }

    /**
     * The first {@code limit} issues of a file in a report's order: errors, warnings, then notes; within each by sheet
     * (a file-level issue first), row, column, and the order they were found in. Sorted by the database, so that a file
     * with 100,000 issues gives {@code limit} rows and no more.
     */
    public List<Issue> firstOf(long fileId, int limit) {
        return jdbc.sql("""
                        SELECT code, severity, sheet, row_no, col_no, raw_value, args, occurrences FROM issue WHERE file_id = ?
                        ORDER BY CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END,
                          sheet NULLS FIRST, row_no, col_no, id
                        FETCH FIRST ? ROWS ONLY""")
                .params(fileId, limit)
                .query((rs, n) -> new Issue(IssueCode.fromId(rs.getString("code")), severity(rs.getString("severity")),
                        rs.getString("sheet"), rs.getInt("row_no"), rs.getInt("col_no"), rs.getString("raw_value"),
                        args(rs.getString("args")), rs.getInt("occurrences")))
                .list();
    }

    /** Every issue of a file counted by severity and code: distinct issues and their occurrences. */
    public List<IssueTally> talliesOf(long fileId) {
        return jdbc.sql("SELECT severity, code, COUNT(*), SUM(occurrences) FROM issue WHERE file_id = ? GROUP BY severity, code")
                .param(fileId)
                .query((rs, n) -> new IssueTally(severity(rs.getString(1)), IssueCode.fromId(rs.getString(2)), rs.getLong(3), rs.getLong(4)))
                .list();
    }

    /** How many of a file's issues are broken consistency rules ({@link ConsistencyCheck#isBrokenRule}). */
    public long brokenRulesOf(long fileId) {
        return jdbc.sql("SELECT COUNT(*) FROM issue WHERE file_id = ? AND code = ? AND args LIKE ?")
                .params(fileId, IssueCode.CONSTRAINT_ERROR.id(), "%" + ARG_SEPARATOR + ConsistencyCheck.RULE + ARG_SEPARATOR + "%")
                .query(Long.class).single();
    }

    /** Why a file gave no respondent: the error its rows met most often ({@code no-phase}, {@code no-country}). */
    String mostFrequentError(long fileId) {
        return jdbc.sql("""
                        SELECT code FROM issue WHERE file_id = ? AND severity = ?
                        GROUP BY code ORDER BY COUNT(*) DESC, code FETCH FIRST 1 ROWS ONLY""")
                .params(fileId, Severity.ERROR.id()).query(String.class).optional().orElse(IssueCode.FORMAT_ERROR.id());
    }

    void discardOf(long fileId) {
        jdbc.sql("DELETE FROM issue WHERE file_id = ?").param(fileId).update();
    }

    /** Issues of the files one job execution decided, by severity. */
    public Map<Severity, Long> countsDecidedBy(long jobExecutionId) {
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        jdbc.sql("""
                        SELECT i.severity, SUM(i.occurrences) FROM issue i JOIN input_file f ON f.id = i.file_id
                        WHERE f.job_execution_id = ? GROUP BY i.severity""")
                .param(jobExecutionId)
                .query(rs -> {
                    counts.put(severity(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }

    private static Severity severity(String id) {
        return Severity.valueOf(id.toUpperCase(Locale.ROOT));
    }

    private static List<String> args(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(ARG_SEPARATOR, -1));
    }

    private static String truncate(String raw) {
        return raw == null || raw.length() <= MAX_RAW_VALUE ? raw : raw.substring(0, MAX_RAW_VALUE - 3) + "...";
    }
}
