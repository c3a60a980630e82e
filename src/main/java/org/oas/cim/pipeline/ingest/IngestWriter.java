package org.oas.cim.pipeline.ingest;

import org.oas.cim.pipeline.issue.Issue;
import org.oas.cim.pipeline.issue.IssueCode;
import org.oas.cim.pipeline.issue.Severity;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stores a chunk: its records, then the verdict of every file that ended in it. Each file's progress
 * ({@code records_done}) is written in the same transaction as its rows, so a run restarted after a crash
 * resumes exactly after the last stored record: nothing lost, nothing doubled.
 */
public class IngestWriter implements ItemWriter<IngestOutput>, StepExecutionListener {
    private final IngestStore store;
    private final InputFileRepository files;
    private final JdbcClient jdbc;
    private final Clock clock;
    private long jobExecutionId;

    public IngestWriter(IngestStore store, InputFileRepository files, JdbcClient jdbc, Clock clock) {
        this.store = store;
        this.files = files;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        jobExecutionId = stepExecution.getJobExecutionId();
    }

    @Override
    public void write(Chunk<? extends IngestOutput> chunk) {
        List<RecordRows> records = new ArrayList<>();
        Map<String, RecordRows> seenInChunk = new HashMap<>();
        for (IngestOutput output : chunk) {
            if (output instanceof RecordRows rows) {
                records.add(markDuplicate(rows, seenInChunk));
            } else if (output instanceof IngestItem.FileEnd end) {
                storeRecords(records);
                records.clear();
                finish(end);
            }
        }
        storeRecords(records);
    }

    private void storeRecords(List<RecordRows> records) {
        if (records.isEmpty()) {
            return;
        }
        store.insert(records);
        Map<Long, int[]> counts = new LinkedHashMap<>();
        for (RecordRows rows : records) {
            int[] c = counts.computeIfAbsent(rows.fileId(), id -> new int[2]);
            c[0]++;
            if (rows.respondent() == null) {
                c[1]++;
            }
        }
        counts.forEach((fileId, c) -> {
            files.addRecordsDone(fileId, c[0]);
            files.countRows(fileId, c[0], c[1]);
        });
    }

    /**
     * The same respondent (pseudonym) in the same instrument, in this file or an earlier one, counts once in
     * verification; here it is kept and warned. An earlier revision of the same file does not count: it is
     * about to be replaced.
     */
    private RecordRows markDuplicate(RecordRows rows, Map<String, RecordRows> seenInChunk) {
        RespondentRow respondent = rows.respondent();
        if (respondent == null) {
            return rows;
        }
        RecordRows earlierInChunk = seenInChunk.putIfAbsent(respondent.instrument() + "/" + respondent.pseudonym(), rows);
        Optional<String> before = earlierInChunk != null ? Optional.of(place(earlierInChunk.fileId(), earlierInChunk.sheet(), earlierInChunk.row()))
                : jdbc.sql("""
                        SELECT r.file_id, r.sheet, r.row_no FROM respondent r JOIN input_file f ON f.id = r.file_id
                        WHERE r.pseudonym = ? AND r.instrument = ? AND r.superseded = FALSE
                          AND (r.file_id = ? OR f.relative_path <> (SELECT relative_path FROM input_file WHERE id = ?))
                        ORDER BY r.id""")
                .params(respondent.pseudonym(), respondent.instrument(), rows.fileId(), rows.fileId())
                .query((rs, n) -> place(rs.getLong(1), rs.getString(2), rs.getInt(3))).list().stream().findFirst();
        return before.map(where -> rows.withIssue(Issue.of(IssueCode.DUPLICATE_RESPONDENT, rows.sheet(), rows.row(), 0, null, where)))
                .orElse(rows);
    }

    /** Where a respondent answered: "file, sheet row", as the duplicate's message names it. */
    private String place(long fileId, String sheet, int row) {
        return files.find(fileId).map(InputFile::fileName).orElse("") + ", " + sheet + " " + row;
    }

    private void finish(IngestItem.FileEnd end) {
        long fileId = end.file().id();
        if (end.discardRows()) {
            store.discardRecordsOf(fileId);
        }
        store.insertIssues(fileId, end.fileIssues());
        String status = end.status();
        String rejection = end.rejection();
        if (InputFile.ARCHIVED.equals(status) && respondentsOf(fileId) == 0) {
            status = InputFile.REJECTED;
            rejection = mostFrequentRowError(fileId);
        }
        files.decide(fileId, status, end.instrument(), end.language(), rejection, end.duplicateOf(), clock.instant(), jobExecutionId);
        if (InputFile.ARCHIVED.equals(status)) {
            int replaced = files.supersedeEarlierRevisions(end.file());
            if (replaced > 0) {
                store.insertIssues(fileId, List.of(Issue.ofFile(IssueCode.REVISION, end.file().relativePath())));
            }
        }
    }

    private long respondentsOf(long fileId) {
        return jdbc.sql("SELECT COUNT(*) FROM respondent WHERE file_id = ?").param(fileId).query(Long.class).single();
    }

    /** Why a file gave no respondent: the error its rows met most often ({@code no-phase}, {@code no-country}). */
    private String mostFrequentRowError(long fileId) {
        return jdbc.sql("""
                        SELECT code FROM issue WHERE file_id = ? AND severity = ?
                        GROUP BY code ORDER BY COUNT(*) DESC, code LIMIT 1""")
                .params(fileId, Severity.ERROR.id()).query(String.class).optional().orElse(IssueCode.FORMAT_ERROR.id());
    }
}
