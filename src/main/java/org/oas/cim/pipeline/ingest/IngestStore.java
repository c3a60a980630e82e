package org.oas.cim.pipeline.ingest;

import org.oas.cim.pipeline.issue.Issue;
import org.oas.cim.pipeline.issue.IssueMessages;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes what ingest found: respondents, answers, raw rows and issues, a chunk at a time, in batches. */
public class IngestStore {
    private static final Locale SPANISH = Locale.forLanguageTag("es");
    private static final Locale PORTUGUESE = Locale.forLanguageTag("pt");

    private final JdbcTemplate jdbc;
    private final DataFieldMaxValueIncrementer respondentIds;
    private final IssueMessages messages;

    public IngestStore(JdbcTemplate jdbc, DataFieldMaxValueIncrementer respondentIds, IssueMessages messages) {
        this.jdbc = jdbc;
        this.respondentIds = respondentIds;
        this.messages = messages;
    }

    public void insert(List<RecordRows> records) {
        List<Object[]> respondents = new ArrayList<>();
        List<Object[]> answers = new ArrayList<>();
        List<Object[]> rawRows = new ArrayList<>();
        List<Object[]> issues = new ArrayList<>();
        for (RecordRows record : records) {
            Long respondentId = null;
            if (record.respondent() != null) {
                respondentId = respondentIds.nextLongValue();
                RespondentRow r = record.respondent();
                respondents.add(new Object[] {respondentId, record.fileId(), r.pseudonym(), r.instrument(), r.stage(), r.phase(),
                        r.country(), r.region(), r.sourceType(), r.organization(),
                        r.responseDate() == null ? null : Date.valueOf(r.responseDate()), r.sheet(), r.row()});
                for (AnswerRow answer : record.answers()) {
                    Object[] value = ValueColumns.columns(answer.value());
                    Object[] row = new Object[value.length + 4];
                    row[0] = respondentId;
                    row[1] = answer.itemCode();
                    System.arraycopy(value, 0, row, 2, value.length);
                    row[value.length + 2] = answer.sheet();
                    row[value.length + 3] = answer.cellRef();
                    answers.add(row);
                }
            }
            rawRows.add(new Object[] {record.fileId(), respondentId, record.sheet(), record.row(), record.rawCells()});
            record.issues().forEach(issue -> issues.add(issueRow(record.fileId(), issue)));
        }
        jdbc.batchUpdate("""
                INSERT INTO respondent (id, file_id, pseudonym, instrument, stage, phase, country, region, source_type,
                  organization, response_date, sheet, row_no) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", respondents);
        jdbc.batchUpdate("""
                INSERT INTO answer (respondent_id, item_code, value_kind, value_code, other_note, low_value, high_value,
                  approximate, count_value, date_value, month_precision, sheet, cell_ref)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", answers);
        jdbc.batchUpdate("INSERT INTO raw_row (file_id, respondent_id, sheet, row_no, cells) VALUES (?, ?, ?, ?, ?)", rawRows);
        insertIssueRows(issues);
    }

    public void insertIssues(long fileId, List<Issue> fileIssues) {
        insertIssueRows(fileIssues.stream().map(issue -> issueRow(fileId, issue)).toList());
    }

    private void insertIssueRows(List<Object[]> rows) {
        jdbc.batchUpdate("""
                INSERT INTO issue (file_id, sheet, row_no, col_no, cell_ref, raw_value, code, severity, args,
                  message_en, message_es, message_pt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    private Object[] issueRow(long fileId, Issue issue) {
        return new Object[] {fileId, issue.sheet(), issue.row(), issue.column(), issue.cellRef(), truncate(issue.rawValue()),
                issue.code().id(), issue.severity().id(), String.join("\u001f", issue.args()),
                messages.message(issue, Locale.ENGLISH), messages.message(issue, SPANISH), messages.message(issue, PORTUGUESE)};
    }

    /** A file rejected half-way keeps nothing of what it wrote before: its rows go, the file's record stays. */
    public void discardRecordsOf(long fileId) {
        jdbc.update("DELETE FROM answer WHERE respondent_id IN (SELECT id FROM respondent WHERE file_id = ?)", fileId);
        jdbc.update("DELETE FROM raw_row WHERE file_id = ?", fileId);
        jdbc.update("DELETE FROM respondent WHERE file_id = ?", fileId);
        jdbc.update("DELETE FROM issue WHERE file_id = ?", fileId);
        jdbc.update("UPDATE input_file SET records_done = 0, rows_read = 0, rows_rejected = 0 WHERE id = ?", fileId);
    }

    private static String truncate(String raw) {
        return raw == null || raw.length() <= 2000 ? raw : raw.substring(0, 1997) + "...";
    }
}
