package org.oas.cim.pipeline.layout;

import org.oas.cim.pipeline.issue.Issue;

import java.util.List;

/**
 * A data sheet as the first pass saw it, before the file's instrument is known: its layout and the header
 * cells to bind (a wide sheet's columns, a form's questions).
 *
 * @param issues problems found while scanning (a form answer beside a blank question)
 */
record ScannedSheet(int index, String name, Layout layout, int headerRow, int dataStartRow, int answerColumn,
                    List<HeaderCell> headers, List<Integer> headedColumns, List<Issue> issues) {
    ScannedSheet {
        headers = List.copyOf(headers);
        headedColumns = List.copyOf(headedColumns);
        issues = List.copyOf(issues);
    }
}
