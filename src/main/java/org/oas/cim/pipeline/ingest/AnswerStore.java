package org.oas.cim.pipeline.ingest;

import org.oas.cim.pipeline.linking.VictimLink;
import org.oas.cim.pipeline.normalize.TextKey;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The {@code respondent} (with its answers) and {@code raw_row} tables: what ingest took from each record, a chunk at a
 * time, in batches; and what the decide step asks of them.
 */
public class AnswerStore {
    private final JdbcTemplate jdbc;
    private final JdbcClient client;
    private final DataFieldMaxValueIncrementer respondentIds;

    public AnswerStore(JdbcTemplate jdbc, DataFieldMaxValueIncrementer respondentIds) {
        this.jdbc = jdbc;
        this.client = JdbcClient.create(jdbc);
        this.respondentIds = respondentIds;
    }

    /** Stores the records of a chunk: respondents with their answers ({@link PackedAnswers}), and every record's raw cells. */
    void insert(List<RecordRows> records) {
        List<Object[]> respondents = new ArrayList<>();
        List<Object[]> rawRows = new ArrayList<>();
        List<Object[]> links = new ArrayList<>();
        List<Object[]> nearKeys = new ArrayList<>();
        for (RecordRows record : records) {
            Long respondentId = null;
            if (record.respondent() != null) {
                respondentId = respondentIds.nextLongValue();
                RespondentRow r = record.respondent();
                respondents.add(new Object[] {respondentId, record.fileId(), r.pseudonym(), r.instrument(), r.stage(), r.phase(),
                        r.country(), r.region(), r.sourceType(), r.organization(),
                        r.responseDate() == null ? null : Date.valueOf(r.responseDate()), r.sheet(), r.row(),
                        record.answers().isEmpty() ? null : PackedAnswers.pack(record.answers()), record.answers().size()});
                VictimLink link = record.link();
                if (link != null) {
                    links.add(new Object[] {respondentId, TextKey.of(link.list()), link.list(), link.year(), link.personKey(),
                            link.caseKey(), link.dateSwapKey()});
                    for (String key : link.nearKeys()) {
                        nearKeys.add(new Object[] {respondentId, key});
                    }
                }
            }
            rawRows.add(new Object[] {record.fileId(), respondentId, record.sheet(), record.row(), record.rawCells()});
        }
        jdbc.batchUpdate("""
                INSERT INTO respondent (id, file_id, pseudonym, instrument, stage, phase, country, region, source_type,
                  organization, response_date, sheet, row_no, answers, answer_count)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", respondents);
        jdbc.batchUpdate("INSERT INTO raw_row (file_id, respondent_id, sheet, row_no, cells) VALUES (?, ?, ?, ?, ?)", rawRows);
        jdbc.batchUpdate("""
                INSERT INTO victim_link (respondent_id, list_key, list_name, year_text, person_key, case_key, date_swap_key)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", links);
        jdbc.batchUpdate("INSERT INTO victim_near_key (respondent_id, near_key) VALUES (?, ?)", nearKeys);
    }

    /** A file rejected half-way keeps nothing of what it wrote before: its rows go, the file's record stays. */
    void discardRecordsOf(long fileId) {
        jdbc.update("DELETE FROM victim_near_key WHERE respondent_id IN (SELECT id FROM respondent WHERE file_id = ?)", fileId);
        jdbc.update("DELETE FROM victim_link WHERE respondent_id IN (SELECT id FROM respondent WHERE file_id = ?)", fileId);
        jdbc.update("DELETE FROM raw_row WHERE file_id = ?", fileId);
        jdbc.update("DELETE FROM respondent WHERE file_id = ?", fileId);
        jdbc.update("UPDATE input_file SET records_done = 0, rows_read = 0, rows_rejected = 0 WHERE id = ?", fileId);
    }

    long respondentsOf(long fileId) {
        return client.sql("SELECT COUNT(*) FROM respondent WHERE file_id = ?").param(fileId).query(Long.class).single();
    }

    /**
     * The respondents of a file who answered before, in the same instrument under the same pseudonym: earlier in the
     * same file, or in an earlier file that still counts. An earlier revision of the same file does not count: it is
     * about to be replaced. Each names the first place they answered. Ids only decide what is earlier, so the
     * answer does not depend on which file's worker stored its rows first. Given one by one, in row order: a file of
     * repeats is never held whole.
     */
    void forEachRepeatedRespondent(long fileId, Consumer<RepeatedRespondent> repeated) {
        client.sql("""
                        SELECT later.sheet, later.row_no, ff.file_name, first.sheet AS first_sheet, first.row_no AS first_row
                        FROM (SELECT r.id, r.sheet, r.row_no,
                                (SELECT e.id FROM respondent e JOIN input_file ef ON ef.id = e.file_id
                                 WHERE e.pseudonym = r.pseudonym AND e.instrument = r.instrument AND e.superseded = FALSE
                                   AND ((e.file_id = r.file_id AND e.id < r.id)
                                     OR (e.file_id < r.file_id AND ef.relative_path <> f.relative_path))
                                 ORDER BY e.file_id, e.id FETCH FIRST 1 ROWS ONLY) AS first_id
                              FROM respondent r JOIN input_file f ON f.id = r.file_id
                              WHERE r.file_id = ?) later
                        JOIN respondent first ON first.id = later.first_id
                        JOIN input_file ff ON ff.id = first.file_id
                        ORDER BY later.id""")
                .param(fileId)
                .query(rs -> {
                    repeated.accept(new RepeatedRespondent(rs.getString("sheet"), rs.getInt("row_no"),
                            rs.getString("file_name") + ", " + rs.getString("first_sheet") + " " + rs.getInt("first_row")));
                });
    }

    /**
     * A respondent who answered before.
     *
     * @param firstAnswered where they answered first: "file, sheet row"
     */
    record RepeatedRespondent(String sheet, int row, String firstAnswered) {
    }

    /** Respondents and answers of the files one job execution decided. */
    public Taken takenBy(long jobExecutionId) {
        long respondents = client.sql("""
                        SELECT COUNT(*) FROM respondent r JOIN input_file f ON f.id = r.file_id WHERE f.job_execution_id = ?""")
                .param(jobExecutionId).query(Long.class).single();
        long answers = client.sql("""
                        SELECT COALESCE(SUM(r.answer_count), 0) FROM respondent r JOIN input_file f ON f.id = r.file_id
                        WHERE f.job_execution_id = ?""")
                .param(jobExecutionId).query(Long.class).single();
        return new Taken(respondents, answers);
    }

    /** How many respondents and answers were taken. */
    public record Taken(long respondents, long answers) {
    }

    public long respondents() {
        return client.sql("SELECT COUNT(*) FROM respondent").query(Long.class).single();
    }
}
