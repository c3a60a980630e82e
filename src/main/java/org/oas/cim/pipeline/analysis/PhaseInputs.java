package org.oas.cim.pipeline.analysis;

import org.oas.cim.pipeline.consistency.ConsistencyCheck;
import org.oas.cim.pipeline.issue.IssueCode;
import org.oas.cim.pipeline.publish.InputFile;
import org.oas.cim.pipeline.publish.QualityCounts;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Comparator;
import java.util.List;

/** What ingest stored about a phase's input files: the manifest's file list and the quality table's counts. */
public class PhaseInputs {
    /** The stored args of a broken rule's issue: the item's code, then the rule marker, then the rest (IngestStore joins them with U+001F). */
    private static final String BROKEN_RULE_ARGS = "%\u001f" + ConsistencyCheck.RULE + "\u001f%";

    private final JdbcClient jdbc;

    public PhaseInputs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The current (not superseded) files that gave respondents to the phase, with the rows taken from each, by name
     * then SHA-256 in code-point order (sorted here: a PostgreSQL database may collate names linguistically).
     */
    public List<InputFile> filesUsed(String phase) {
        return jdbc.sql("""
                        SELECT f.file_name, f.sha256, COUNT(r.id) AS taken
                        FROM input_file f JOIN respondent r ON r.file_id = f.id
                        WHERE r.phase = ? AND r.superseded = FALSE
                        GROUP BY f.id, f.file_name, f.sha256""")
                .param(phase)
                .query((rs, n) -> new InputFile(rs.getString(1), rs.getString(2), rs.getLong(3)))
                .list().stream().sorted(Comparator.comparing(InputFile::name).thenComparing(InputFile::sha256)).toList();
    }

    /**
     * Per country: the current files with respondents there, their rows read and rejected, the respondents
     * taken (a duplicate respondent once), and the files' errors and warnings, among those the broken
     * consistency rules. A file whose rows span two countries counts for both.
     */
    public List<QualityCounts> quality(String phase) {
        return jdbc.sql("""
                        WITH files AS (
                          SELECT DISTINCT r.country, r.file_id FROM respondent r WHERE r.phase = ? AND r.superseded = FALSE)
                        SELECT c.country,
                          COUNT(*) AS files,
                          SUM(f.rows_read) AS rows_read,
                          (SELECT COUNT(DISTINCT r.instrument || '/' || r.pseudonym) FROM respondent r
                             WHERE r.phase = ? AND r.superseded = FALSE AND r.country = c.country) AS taken,
                          SUM(f.rows_rejected) AS rows_rejected,
                          (SELECT COUNT(*) FROM issue i JOIN files x ON x.file_id = i.file_id
                             WHERE x.country = c.country AND i.severity = 'error') AS errors,
                          (SELECT COUNT(*) FROM issue i JOIN files x ON x.file_id = i.file_id
                             WHERE x.country = c.country AND i.severity = 'warning') AS warnings,
                          (SELECT COUNT(*) FROM issue i JOIN files x ON x.file_id = i.file_id
                             WHERE x.country = c.country AND i.severity = 'warning' AND i.code = ? AND i.args LIKE ?)
                             AS consistency_warnings
                        FROM files c JOIN input_file f ON f.id = c.file_id
                        GROUP BY c.country ORDER BY c.country""")
                .params(phase, phase, IssueCode.CONSTRAINT_ERROR.id(), BROKEN_RULE_ARGS)
                .query((rs, n) -> new QualityCounts(rs.getString("country"), rs.getInt("files"), rs.getInt("rows_read"),
                        rs.getInt("taken"), rs.getInt("rows_rejected"), rs.getInt("errors"), rs.getInt("warnings"),
                        rs.getInt("consistency_warnings")))
                .list();
    }
}
