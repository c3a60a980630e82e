package org.oas.cim.pipeline.ingest;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The {@code input_file} table: every claimed file and its fate. */
public class InputFileRepository {
    private static final RowMapper<InputFile> MAPPER = (rs, n) -> new InputFile(rs.getLong("id"),
            rs.getString("relative_path"), rs.getString("file_name"), rs.getString("sha256"), rs.getLong("size_bytes"),
            rs.getString("phase_hint"), rs.getString("status"), rs.getInt("records_done"));

    private final JdbcClient jdbc;

    public InputFileRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long register(String relativePath, String fileName, String sha256, long size, String phaseHint, Instant claimedAt) {
        jdbc.sql("""
                        INSERT INTO input_file (relative_path, file_name, sha256, size_bytes, phase_hint, status, claimed_at)
                        VALUES (?, ?, ?, ?, ?, 'CLAIMED', ?)""")
                .params(relativePath, fileName, sha256, size, phaseHint, Timestamp.from(claimedAt)).update();
        return jdbc.sql("SELECT MAX(id) FROM input_file WHERE relative_path = ? AND status = 'CLAIMED'")
                .param(relativePath).query(Long.class).single();
    }

    /** Files claimed but not decided yet, oldest first: the ingest step's work list. */
    public List<InputFile> undecided() {
        return jdbc.sql("SELECT * FROM input_file WHERE status = 'CLAIMED' ORDER BY id").query(MAPPER).list();
    }

    /** A file registered at that path and not yet placed in archive/ or rejected/: it is in processing/. */
    public Optional<InputFile> unplacedAt(String relativePath) {
        return jdbc.sql("SELECT * FROM input_file WHERE final_path IS NULL AND relative_path = ?")
                .param(relativePath).query(MAPPER).optional();
    }

    public Optional<InputFile> find(long id) {
        return jdbc.sql("SELECT * FROM input_file WHERE id = ?").param(id).query(MAPPER).optional();
    }

    /**
     * An earlier file with the same bytes, judged on its merits (not itself a duplicate). It may still be
     * undecided: files are ingested in id order, so it is decided first.
     */
    public Optional<Long> earlierWithSameBytes(InputFile file) {
        return jdbc.sql("""
                        SELECT MIN(id) FROM input_file
                        WHERE sha256 = ? AND id < ? AND status <> 'DUPLICATE'""")
                .params(file.sha256(), file.id()).query(Long.class).optional();
    }

    public void addRecordsDone(long fileId, int records) {
        jdbc.sql("UPDATE input_file SET records_done = records_done + ? WHERE id = ?").params(records, fileId).update();
    }

    public void decide(long fileId, String status, String instrument, String language, String rejectionCode,
                       Long duplicateOf, Instant decidedAt, long jobExecutionId) {
        jdbc.sql("""
                        UPDATE input_file SET status = ?, instrument = ?, language = ?, rejection_code = ?, duplicate_of = ?,
                          decided_at = ?, job_execution_id = ?,
                          respondents = (SELECT COUNT(*) FROM respondent r WHERE r.file_id = input_file.id)
                        WHERE id = ?""")
                .params(status, instrument, language, rejectionCode, duplicateOf, Timestamp.from(decidedAt), jobExecutionId, fileId)
                .update();
    }

    public void countRows(long fileId, int rowsRead, int rowsRejected) {
        jdbc.sql("UPDATE input_file SET rows_read = rows_read + ?, rows_rejected = rows_rejected + ? WHERE id = ?")
                .params(rowsRead, rowsRejected, fileId).update();
    }

    /**
     * A taken file replaces the earlier files at its inbox path: their respondents stay, marked superseded.
     * Returns how many earlier files it replaced.
     */
    public int supersedeEarlierRevisions(InputFile file) {
        List<Long> earlier = jdbc.sql("""
                        SELECT id FROM input_file
                        WHERE relative_path = ? AND id < ? AND status = 'ARCHIVED' AND superseded_by IS NULL""")
                .params(file.relativePath(), file.id()).query(Long.class).list();
        for (long id : earlier) {
            jdbc.sql("UPDATE input_file SET superseded_by = ? WHERE id = ?").params(file.id(), id).update();
            jdbc.sql("UPDATE respondent SET superseded = TRUE WHERE file_id = ?").param(id).update();
        }
        return earlier.size();
    }

    /** Decided files still in processing/: the place step moves them to archive/ or rejected/. */
    public List<InputFile> decidedNotPlaced() {
        return jdbc.sql("SELECT * FROM input_file WHERE status <> 'CLAIMED' AND final_path IS NULL ORDER BY id")
                .query(MAPPER).list();
    }

    public void placed(long fileId, String finalPath) {
        jdbc.sql("UPDATE input_file SET final_path = ? WHERE id = ?").params(finalPath, fileId).update();
    }
}
