package org.oas.cim.pipeline.layout;

import org.oas.cim.pipeline.codebook.Item;
import org.oas.cim.pipeline.issue.Issue;
import org.oas.cim.pipeline.issue.IssueCode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Binds the scanned sheets of one file to the items of its instrument, and says what it could not bind: a
 * header that matches nothing of the instrument ({@code extra-label}, once per file and text), two headers for
 * the same item or the same choice ({@code duplicate-label}: neither is bound), a header taken by a close match
 * ({@code fuzzy-match}, once per file and text). A multi-select's summary column beside its per-choice columns
 * is no duplicate: both are bound.
 */
final class Binder {
    private record Target(String code, String choice) {
    }

    private final String instrument;
    private final boolean columnsAreLists;
    private final List<Issue> issues = new ArrayList<>();
    private final Set<String> extraWarned = new HashSet<>();
    private final Set<String> fuzzyWarned = new HashSet<>();

    /**
     * @param columnsAreLists a capture-history table's: the columns no item names are its lists, not extra columns
     */
    Binder(String instrument, boolean columnsAreLists) {
        this.instrument = instrument;
        this.columnsAreLists = columnsAreLists;
    }

    SheetLayout bind(ScannedSheet sheet) {
        List<Issue> found = new ArrayList<>(sheet.issues());
        boolean wide = sheet.layout() == Layout.WIDE;
        Map<Target, List<HeaderCell>> answers = new LinkedHashMap<>();
        List<Binding> bindings = new ArrayList<>();
        HeaderCell submissionId = null;
        HeaderCell phase = null;
        for (HeaderCell cell : sheet.headers()) {
            HeaderMatch match = cell.match();
            Item item = match.item(instrument);
            switch (match.kind()) {
                case ITEM, CHOICE_COLUMN -> {
                    if (item == null) {
                        extra(sheet, cell, found);
                    } else {
                        answers.computeIfAbsent(new Target(item.code(), match.choiceCode()), k -> new ArrayList<>()).add(cell);
                    }
                }
                case SUBMISSION_ID -> submissionId = preferred(submissionId, cell);
                case PHASE -> phase = phase == null ? cell : phase;
                case METADATA -> {
                }
                case NONE -> extra(sheet, cell, found);
            }
        }
        for (Map.Entry<Target, List<HeaderCell>> target : answers.entrySet()) {
            List<HeaderCell> cells = target.getValue();
            if (cells.size() > 1) {
                String[] args = target.getKey().choice() == null
                        ? new String[] {target.getKey().code()}
                        : new String[] {target.getKey().code(), target.getKey().choice()};
                cells.forEach(cell -> found.add(Issue.of(IssueCode.DUPLICATE_LABEL, sheet.name(), cell.row(), cell.column(), cell.text(), args)));
                continue;
            }
            HeaderCell cell = cells.get(0);
            Item item = cell.match().item(instrument);
            if (cell.match().fuzzy() && fuzzyWarned.add(cell.text())) {
                found.add(Issue.of(IssueCode.FUZZY_MATCH, sheet.name(), cell.row(), cell.column(), cell.text(), cell.text(), item.code()));
            }
            bindings.add(new Binding(position(cell, wide), cell.match().kind(), item, cell.match().choiceCode()));
        }
        if (submissionId != null) {
            bindings.add(new Binding(position(submissionId, wide), HeaderKind.SUBMISSION_ID, null, null));
        }
        if (phase != null) {
            bindings.add(new Binding(position(phase, wide), HeaderKind.PHASE, null, null));
        }
        bindings.sort(Comparator.comparingInt(Binding::position));
        found.sort(Comparator.comparingInt(Issue::row).thenComparingInt(Issue::column));
        issues.addAll(found);
        return new SheetLayout(sheet.index(), sheet.name(), sheet.layout(), sheet.headerRow(), sheet.dataStartRow(),
                sheet.answerColumn(), bindings, sheet.headedColumns());
    }

    /** Every issue found while binding, in the order of the sheets bound. */
    List<Issue> issues() {
        return List.copyOf(issues);
    }

    private void extra(ScannedSheet sheet, HeaderCell cell, List<Issue> found) {
        if (!columnsAreLists && extraWarned.add(cell.text())) {
            found.add(Issue.of(IssueCode.EXTRA_LABEL, sheet.name(), cell.row(), cell.column(), cell.text(), cell.text()));
        }
    }

    /** {@code _uuid} before {@code meta-instanceID} before {@code KEY}; the leftmost of equals. */
    private static HeaderCell preferred(HeaderCell kept, HeaderCell other) {
        if (kept == null) {
            return other;
        }
        return SurveyToolColumns.submissionIdRank(other.text()) < SurveyToolColumns.submissionIdRank(kept.text()) ? other : kept;
    }

    private static int position(HeaderCell cell, boolean wide) {
        return wide ? cell.column() : cell.row();
    }

}
