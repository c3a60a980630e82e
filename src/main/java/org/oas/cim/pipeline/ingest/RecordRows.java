package org.oas.cim.pipeline.ingest;

import org.oas.cim.pipeline.issue.Issue;
import org.oas.cim.pipeline.linking.VictimLink;

import java.util.List;

/**
 * One record, assembled and ready to store.
 *
 * @param respondent null where the row was rejected (its country or phase could not be settled)
 * @param rawCells   every cell of the record as it arrived ({@link RawRowText})
 * @param link       a victim list's row: its match keys; null for every other instrument
 */
public record RecordRows(long fileId, RespondentRow respondent, List<AnswerRow> answers, String sheet, int row,
                         String rawCells, List<Issue> issues, VictimLink link) {
    public RecordRows {
        answers = List.copyOf(answers);
        issues = List.copyOf(issues);
    }

    public RecordRows(long fileId, RespondentRow respondent, List<AnswerRow> answers, String sheet, int row,
                      String rawCells, List<Issue> issues) {
        this(fileId, respondent, answers, sheet, row, rawCells, issues, null);
    }

    static RecordRows rejected(long fileId, String sheet, int row, String rawCells, List<Issue> issues) {
        return new RecordRows(fileId, null, List.of(), sheet, row, rawCells, issues);
    }
}
