package org.oas.cim.pipeline.ingest;

import org.oas.cim.pipeline.cases.CaseRow;
import org.oas.cim.pipeline.issue.Issue;
import org.oas.cim.pipeline.linking.VictimLink;

import java.util.List;

/**
 * One record, assembled and ready to store.
 *
 * @param respondent null where the row was rejected (its country or phase could not be settled)
 * @param rawCells   every cell of the record as it arrived ({@link RawRowText})
 * @param link       a victim list's row: its match keys; null for every other instrument
 * @param caseRow    for a row of a case file (which has no respondent), the case; null otherwise
 */
public record RecordRows(long fileId, RespondentRow respondent, List<PackedAnswers.Answer> answers, String sheet, int row,
                         String rawCells, List<Issue> issues, VictimLink link, CaseRow caseRow) {
    public RecordRows {
        answers = List.copyOf(answers);
        issues = List.copyOf(issues);
    }

    /** A respondent's record. */
    public RecordRows(long fileId, RespondentRow respondent, List<PackedAnswers.Answer> answers, String sheet, int row,
                      String rawCells, List<Issue> issues) {
        this(fileId, respondent, answers, sheet, row, rawCells, issues, null, null);
    }

    /** A respondent's record, with its match keys where it is a victim list's row (null otherwise). */
    static RecordRows ofRespondent(long fileId, RespondentRow respondent, List<PackedAnswers.Answer> answers, String sheet, int row,
                               String rawCells, List<Issue> issues, VictimLink link) {
        return new RecordRows(fileId, respondent, answers, sheet, row, rawCells, issues, link, null);
    }

    static RecordRows ofCase(long fileId, CaseRow caseRow, List<Issue> issues) {
        return new RecordRows(fileId, null, List.of(), caseRow.sheet(), caseRow.row(), "", issues, null, caseRow);
    }

    /** Whether the record was taken: a respondent, or a case (of the study or counted outside it). */
    public boolean taken() {
        return respondent != null || caseRow != null;
    }

    static RecordRows rejected(long fileId, String sheet, int row, String rawCells, List<Issue> issues) {
        return new RecordRows(fileId, null, List.of(), sheet, row, rawCells, issues);
    }
}
