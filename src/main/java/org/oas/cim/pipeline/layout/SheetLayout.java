package org.oas.cim.pipeline.layout;

import java.util.List;

/**
 * One data sheet as the inspection understood it: enough for {@link RecordIterator} to read its respondents.
 *
 * @param index          the sheet's 0-based position in the workbook
 * @param name           the sheet's name
 * @param layout         wide or form
 * @param headerRow      WIDE: the header row (the one that matched most items); FORM: the first question row
 * @param dataStartRow   WIDE: the first row that may hold a respondent (below every header row); FORM: unused (0)
 * @param answerColumn   FORM: the column holding the answers; WIDE: unused (0)
 * @param bindings       every position taken, in position order
 * @param headedColumns  WIDE: the columns with a header text in some header row (a value elsewhere is under a
 *                       blank header), ascending; FORM: empty
 */
public record SheetLayout(int index, String name, Layout layout, int headerRow, int dataStartRow, int answerColumn,
                          List<Binding> bindings, List<Integer> headedColumns) {
    public SheetLayout {
        bindings = List.copyOf(bindings);
        headedColumns = List.copyOf(headedColumns);
    }
}
