package org.oas.cim.pipeline.ingest;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** The {@code input_file} table: every claimed file, what ingest found in it, and its fate. */
public class InputFileStore {
    private static final RowMapper<InputFile> MAPPER = (rs, n) -> new InputFile(rs.getLong("id"),
            rs.getString("relative_path"), rs.getString("file_name"), rs.getString("sha256"), rs.getLong("size_bytes"),
            rs.getString("phase_hint"), FileStatus.valueOf(rs.getString("status")), rs.getInt("records_done"));

    private final JdbcClient jdbc;

    public InputFileStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Registers a file just claimed into processing/; returns its id. */
    public long register(String relativePath, String fileName, String sha256, long size, String phaseHint, Instant claimedAt) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO input_file (relative_path, file_name, sha256, size_bytes, phase_hint, status, claimed_at)
                        VALUES (?, ?, ?, ?, ?, 'CLAIMED', ?)""")
                .params(relativePath, fileName, sha256, size, phaseHint, Timestamp.from(claimedAt)).update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    /** Files claimed but not yet read to their end: the ingest step's partitions, oldest first. */
    public List<InputFile> notIngested() {
        return jdbc.sql("SELECT * FROM input_file WHERE status = 'CLAIMED' AND ingest_outcome IS NULL ORDER BY id")
                .query(MAPPER).list();
    }

    /** Files read to their end but not decided yet: the decide step's work, in file order. */
    public List<InputFile> ingestedNotDecided() {
        return jdbc.sql("SELECT * FROM input_file WHERE status = 'CLAIMED' AND ingest_outcome IS NOT NULL ORDER BY id")
                .query(MAPPER).list();
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
     * An earlier file with the same bytes, judged on its merits (not itself a duplicate) and not rejected: the same
     * bytes as a rejected file are checked again (sent to the right folder this time, say), so that their researcher
     * gets a verdict, not "received before". Only ids decide which is earlier, so files read side by side give the
     * same answer whichever is read first.
     */
    public Optional<InputFile> earlierWithSameBytes(InputFile file) {
        return jdbc.sql("""
                        SELECT * FROM input_file WHERE id = (SELECT MIN(id) FROM input_file
                          WHERE sha256 = ? AND id < ? AND status NOT IN ('DUPLICATE', 'REJECTED'))""")
                .params(file.sha256(), file.id()).query(MAPPER).optional();
    }

    /** Progress of a file, written in the same transaction as its rows. */
    public void addProgress(long fileId, int records, int rowsRejected) {
        jdbc.sql("""
                        UPDATE input_file SET records_done = records_done + ?, rows_read = rows_read + ?,
                          rows_rejected = rows_rejected + ? WHERE id = ?""")
                .params(records, records, rowsRejected, fileId).update();
    }

    /** What reading the file to its end found; the file stays CLAIMED until the decide step settles its fate. */
    public void recordOutcome(long fileId, FileOutcome outcome) {
        jdbc.sql("""
                        UPDATE input_file SET ingest_outcome = ?, instrument = ?, language = ?, rejection_code = ?, duplicate_of = ?
                        WHERE id = ?""")
                .params(outcome.status().name(), outcome.instrument(), outcome.language(),
                        outcome.rejection() == null ? null : outcome.rejection().id(), outcome.duplicateOf(), fileId)
                .update();
    }

    /** The outcome {@link #recordOutcome} wrote, or empty while the file is still being read. */
    public Optional<FileStatus> outcome(long fileId) {
        return jdbc.sql("SELECT ingest_outcome FROM input_file WHERE id = ?").param(fileId).query(String.class).optional()
                .filter(s -> s != null).map(FileStatus::valueOf);
    }

    /**
     * The file's fate, with the respondents it gave (a case file's cases, those outside the study included); a rejection
     * code replaces the outcome's where given.
     */
    public void decide(long fileId, FileStatus status, String rejectionCode, Instant decidedAt, long jobExecutionId) {
        jdbc.sql("""
                        UPDATE input_file SET status = ?, rejection_code = COALESCE(?, rejection_code), decided_at = ?,
                          job_execution_id = ?, respondents = (SELECT COUNT(*) FROM respondent r WHERE r.file_id = input_file.id)
                            + (SELECT COUNT(*) FROM case_record c WHERE c.file_id = input_file.id) + cases_outside_study
                        WHERE id = ?""")
                .params(status.name(), rejectionCode, Timestamp.from(decidedAt), jobExecutionId, fileId)
                .update();
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

    /** The report's header: the file's name, bytes, fate, language and counts. */
    public Optional<DecidedFile> decided(long fileId) {
        return jdbc.sql("SELECT file_name, sha256, status, language, respondents, rows_rejected FROM input_file WHERE id = ?")
                .param(fileId)
                .query((rs, n) -> new DecidedFile(rs.getString("file_name"), rs.getString("sha256"),
                        FileStatus.valueOf(rs.getString("status")), rs.getString("language"), rs.getInt("respondents"),
                        rs.getInt("rows_rejected")))
                .optional();
    }

    /** A decided file as its report presents it. */
    public record DecidedFile(String fileName, String sha256, FileStatus status, String language, int respondents,
                              int rowsRejected) {
    }

    /** Files decided by one job execution, by status. */
    public Map<FileStatus, Long> decidedBy(long jobExecutionId) {
        Map<FileStatus, Long> counts = new java.util.EnumMap<>(FileStatus.class);
        jdbc.sql("SELECT status, COUNT(*) FROM input_file WHERE job_execution_id = ? GROUP BY status")
                .param(jobExecutionId)
                .query(rs -> {
                    counts.put(FileStatus.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }

    /** Every file's id, bytes and fate, one line each in id order: what a run's identity includes of the database. */
    public void forEachFate(Consumer<String> line) {
        jdbc.sql("SELECT id, sha256, status, superseded_by FROM input_file ORDER BY id")
                .query(rs -> {
                    line.accept(rs.getLong(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getObject(4));
                });
    }
}
