package org.oas.cim.pipeline.ingest;

import org.oas.cim.pipeline.cases.CaseRow;
import org.oas.cim.pipeline.issue.Issue;

import java.util.List;

/**
 * One record, assembled and ready to store.
 *
 * @param respondent null where the row was rejected (its country or phase could not be settled)
 * @param rawCells   every cell of the record as it arrived ({@link RawRowText})
 * @param caseRow    for a row of a case file (which has no respondent), the case; null otherwise
 */
public record RecordRows(long fileId, RespondentRow respondent, List<AnswerRow> answers, String sheet, int row,
                         String rawCells, List<Issue> issues, CaseRow caseRow) {
    public RecordRows {
        answers = List.copyOf(answers);
        issues = List.copyOf(issues);
    }

    /** A respondent's record. */
    public RecordRows(long fileId, RespondentRow respondent, List<AnswerRow> answers, String sheet, int row,
                      String rawCells, List<Issue> issues) {
        this(fileId, respondent, answers, sheet, row, rawCells, issues, null);
    }

    static RecordRows ofCase(long fileId, CaseRow caseRow, List<Issue> issues) {
        return new RecordRows(fileId, null, List.of(), caseRow.sheet(), caseRow.row(), "", issues, caseRow);
    }

    /** Whether the record was taken: a respondent, or a case (of the study or counted outside it). */
    public boolean taken() {
        return respondent != null || caseRow != null;
    }

    static RecordRows rejected(long fileId, String sheet, int row, String rawCells, List<Issue> issues) {
        return new RecordRows(fileId, null, List.of(), sheet, row, rawCells, issues);
    }
}
