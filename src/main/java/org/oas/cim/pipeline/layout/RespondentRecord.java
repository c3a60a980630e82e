package org.oas.cim.pipeline.layout;

import java.util.List;

/**
 * One respondent's raw answers: a row of a wide sheet, or a whole form sheet.
 *
 * <p>A multi-select item may come both as a summary cell ({@code choiceCode} null) and as per-choice cells
 * (KoboToolbox's "both" export): both are kept, so that the ingest takes the per-choice cells and warns where the
 * summary disagrees.
 *
 * @param sheet        the sheet's name
 * @param firstRow     the row of a wide respondent; the first answered row of a form
 * @param submissionId the survey tool's submission id ({@code _uuid}, {@code meta-instanceID}, {@code KEY}), or null
 * @param phaseText    the text of the row's phase column (or the form's phase question), or null
 * @param cells        the non-blank answer cells, in column (wide) or row (form) order
 */
public record RespondentRecord(String sheet, int firstRow, String submissionId, String phaseText, List<BoundCell> cells) {
    public RespondentRecord {
        cells = List.copyOf(cells);
    }
}
