package org.oas.cim.pipeline.privacy;

import org.oas.cim.pipeline.ingest.PackedAnswers;
import org.oas.cim.pipeline.normalize.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The tables a purge reads and rewrites: a phase's files, their raw rows and answers' notes, and the record of each
 * purge ({@code data_purge}, {@code data_purge_file}).
 */
@Component
public class PurgeStore {
    /** Raw rows rewritten per batch: memory stays flat however many rows a file has. */
    private static final int BATCH = 200;
    /**
     * A phase's files: those it took respondents from, and those dropped into its inbox folder (rejected and duplicate
     * files have no respondents but were dropped for it).
     */
    private static final String FILES_OF_PHASE = """
            FROM input_file f WHERE (f.phase_hint = :phase
                OR EXISTS (SELECT 1 FROM respondent r WHERE r.file_id = f.id AND r.phase = :phase))""";

    private final JdbcTemplate jdbc;
    private final JdbcClient client;

    public PurgeStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.client = JdbcClient.create(jdbc);
    }

    /** The run that last published the phase, and when. */
    public Optional<Publication> publication(String phase) {
        return client.sql("SELECT run_id, published_at FROM phase_run WHERE phase = ?").param(phase)
                .query((rs, n) -> new Publication(rs.getLong(1), rs.getTimestamp(2).toInstant())).optional();
    }

    /** Files of the phase still being ingested, or decided after its publication: their data is not in the published tables. */
    public int filesNotYetPublished(String phase, Instant publishedAt) {
        return client.sql("SELECT COUNT(*) " + FILES_OF_PHASE + " AND (f.decided_at IS NULL OR f.decided_at > :published)")
                .param("phase", phase).param("published", Timestamp.from(publishedAt)).query(Integer.class).single();
    }

    /** The phase's files no purge has taken yet. */
    public List<Long> unpurgedFiles(String phase) {
        return client.sql("SELECT f.id " + FILES_OF_PHASE + " AND NOT EXISTS (SELECT 1 FROM data_purge_file p WHERE p.file_id = f.id) ORDER BY f.id")
                .param("phase", phase).query(Long.class).list();
    }

    /** Where the purged files of the phase were placed (home-relative), to delete or move what is still there. */
    public List<String> purgedOriginals(String phase) {
        return client.sql("SELECT f.final_path " + FILES_OF_PHASE
                        + " AND f.final_path IS NOT NULL AND EXISTS (SELECT 1 FROM data_purge_file p WHERE p.file_id = f.id) ORDER BY f.id")
                .param("phase", phase).query(String.class).list();
    }

    /**
     * Rewrites the file's raw rows keeping only the cells behind an answer of an item that is not personal and carries
     * no free-text note; every other cell (names, contacts, comments, unmatched columns, rejected rows) goes.
     *
     * @param personalItems per instrument, the codes of its pii items
     * @return the raw rows and cells before, and the cells removed
     */
    public CellCount purgeRawRows(long fileId, Map<String, Set<String>> personalItems) {
        CellCount count = new CellCount();
        List<Object[]> updates = new ArrayList<>();
        jdbc.query("SELECT sheet, row_no, respondent_id, cells FROM raw_row WHERE file_id = ? ORDER BY sheet, row_no", rs -> {
            String sheet = rs.getString(1);
            int row = rs.getInt(2);
            long respondent = rs.getLong(3);
            Set<String> kept = rs.wasNull() ? Set.of() : keptCells(respondent, sheet, personalItems);
            String cells = rs.getString(4);
            RawCells.Kept result = RawCells.keep(cells, kept);
            count.add(result);
            if (result.removed() > 0) {
                updates.add(new Object[] {result.cells(), fileId, sheet, row});
                if (updates.size() == BATCH) {
                    flush(updates);
                }
            }
        }, fileId);
        flush(updates);
        return count;
    }

    private Set<String> keptCells(long respondentId, String sheet, Map<String, Set<String>> personalItems) {
        Set<String> kept = new HashSet<>();
        client.sql("SELECT r.instrument, r.answers FROM respondent r WHERE r.id = ? AND r.sheet = ?")
                .params(respondentId, sheet)
                .query(rs -> {
                    Set<String> personal = personalItems.getOrDefault(rs.getString(1), Set.of());
                    for (PackedAnswers.Answer answer : PackedAnswers.unpack(rs.getBytes(2))) {
                        if (!hasNote(answer.value()) && !personal.contains(answer.itemCode())) {
                            kept.add(answer.cellRef());
                        }
                    }
                });
        return kept;
    }

    private static boolean hasNote(Value value) {
        return value instanceof Value.Codes codes && codes.otherNote() != null;
    }

    private void flush(List<Object[]> updates) {
        if (!updates.isEmpty()) {
            jdbc.batchUpdate("UPDATE raw_row SET cells = ? WHERE file_id = ? AND sheet = ? AND row_no = ?", updates);
            updates.clear();
        }
    }

    /**
     * Removes the free-text notes of the file's answers ({@code Other: ...}; the codes stay), and empties its answers
     * to personal items (a birth date, a case number), keeping that there was one: such an answer becomes "unknown".
     * Every answer keeps its place among its respondent's, which is what the evidence names it by.
     *
     * @param personalItems per instrument, the codes of its pii items
     * @return notes removed
     */
    public int removeNotesAndPersonalAnswers(long fileId, Map<String, Set<String>> personalItems) {
        int[] notes = new int[1];
        List<Object[]> updates = new ArrayList<>();
        jdbc.query("SELECT id, instrument, answers FROM respondent WHERE file_id = ? AND answers IS NOT NULL ORDER BY id", rs -> {
            Set<String> personal = personalItems.getOrDefault(rs.getString(2), Set.of());
            List<PackedAnswers.Answer> answers = new ArrayList<>();
            boolean changed = false;
            for (PackedAnswers.Answer answer : PackedAnswers.unpack(rs.getBytes(3))) {
                Value value = answer.value();
                if (personal.contains(answer.itemCode()) && !(value instanceof Value.Unknown)) {
                    value = new Value.Unknown();
                } else if (value instanceof Value.Codes codes && codes.otherNote() != null) {
                    value = new Value.Codes(codes.codes(), null);
                    notes[0]++;
                }
                changed |= value != answer.value();
                answers.add(new PackedAnswers.Answer(answer.position(), answer.itemCode(), value, answer.cellRef()));
            }
            if (changed) {
                updates.add(new Object[] {PackedAnswers.pack(answers), rs.getLong(1)});
                if (updates.size() == BATCH) {
                    flushAnswers(updates);
                }
            }
        }, fileId);
        flushAnswers(updates);
        return notes[0];
    }

    private void flushAnswers(List<Object[]> updates) {
        if (!updates.isEmpty()) {
            jdbc.batchUpdate("UPDATE respondent SET answers = ? WHERE id = ?", updates);
            updates.clear();
        }
    }

    /** Writes down one purge and its files. @return its id */
    public long record(PurgeRecord purge, List<Long> fileIds) {
        KeyHolder key = new GeneratedKeyHolder();
        client.sql("""
                        INSERT INTO data_purge (phase, run_id, purged_at, purged_by, files, raw_rows, cells_removed, notes_removed, originals, moved_to)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(purge.phase(), purge.runId(), Timestamp.from(purge.purgedAt()), purge.purgedBy(), purge.files(), purge.rawRows(),
                        purge.cellsRemoved(), purge.notesRemoved(), purge.originals(), purge.movedTo())
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        jdbc.batchUpdate("INSERT INTO data_purge_file (purge_id, file_id) VALUES (?, ?)",
                fileIds.stream().map(file -> new Object[] {id, file}).toList());
        return id;
    }

    /** Every purge's id, oldest first: what a run's identity includes of them. */
    public void forEachPurge(java.util.function.Consumer<String> id) {
        client.sql("SELECT id FROM data_purge ORDER BY id").query(Long.class).list().forEach(purge -> id.accept(String.valueOf(purge)));
    }

    /** The purges of a phase, oldest first. */
    public List<PurgeRecord> purgesOf(String phase) {
        return client.sql("""
                        SELECT phase, run_id, purged_at, purged_by, files, raw_rows, cells_removed, notes_removed, originals, moved_to
                        FROM data_purge WHERE phase = ? ORDER BY id""")
                .param(phase)
                .query((rs, n) -> new PurgeRecord(rs.getString(1), rs.getLong(2), rs.getTimestamp(3).toInstant(), rs.getString(4),
                        rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getString(9), rs.getString(10)))
                .list();
    }

    /** @param runId the run whose findings were published */
    public record Publication(long runId, Instant publishedAt) {
    }

    /** Raw rows seen, cells they held, cells removed. */
    public static final class CellCount {
        private int rows;
        private int cells;
        private int removed;

        void addAll(CellCount other) {
            rows += other.rows;
            cells += other.cells;
            removed += other.removed;
        }

        void add(RawCells.Kept kept) {
            rows++;
            cells += kept.removed() + kept.kept();
            removed += kept.removed();
        }

        public int rows() {
            return rows;
        }

        public int cells() {
            return cells;
        }

        public int removed() {
            return removed;
        }
    }
}
