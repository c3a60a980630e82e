package org.oas.cim.pipeline.layout;

import org.oas.cim.pipeline.normalize.TextKey;
import org.oas.cim.pipeline.read.RawCell;
import org.oas.cim.pipeline.read.RawRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Finds the header of a wide sheet among its first rows: the row that matches the most items (the earliest of
 * equals), at least {@link #MIN_MATCHES}. Title, logo and blank rows above it are not header. A row right above
 * or below joins the header where it matches items for columns the best row left unmatched (group titles in
 * merged cells above codes, or codes below labels), or carries choice labels under a multi-select item's merged
 * title; a row right below that matches {@link #MIN_MATCHES} items by itself (labels over codes) is header too.
 */
final class WideHeaderFinder {
    /** Fewer item matches than this in every row: the sheet has no wide header. */
    static final int MIN_MATCHES = 3;

    /**
     * The header found.
     *
     * @param rows    the header rows, ascending; the best row is {@code bestRow}
     * @param columns every header cell that names the column below it, by column
     */
    record WideHeader(int bestRow, List<Integer> rows, Map<Integer, HeaderCell> columns) {
        int lastRow() {
            return rows.get(rows.size() - 1);
        }
    }

    private final Function<String, HeaderMatch> match;
    private final HeaderMatcher matcher;

    WideHeaderFinder(Function<String, HeaderMatch> match, HeaderMatcher matcher) {
        this.match = match;
        this.matcher = matcher;
    }

    Optional<WideHeader> find(List<RawRow> sample) {
        RawRow best = null;
        int bestScore = 0;
        for (RawRow row : sample) {
            int score = score(row);
            if (score > bestScore) {
                best = row;
                bestScore = score;
            }
        }
        if (best == null || bestScore < MIN_MATCHES) {
            return Optional.empty();
        }
        Map<Integer, HeaderCell> columns = new TreeMap<>();
        for (RawCell cell : texts(best)) {
            columns.put(cell.column(), header(best, cell));
        }
        TreeSet<Integer> rows = new TreeSet<>(List.of(best.number()));
        RawRow above = rowNumbered(sample, best.number() - 1);
        RawRow below = rowNumbered(sample, best.number() + 1);
        if (above != null && join(above, columns, above, best)) {
            rows.add(above.number());
        }
        if (below != null && (join(below, columns, best, below) || score(below) >= MIN_MATCHES)) {
            rows.add(below.number());
        }
        return Optional.of(new WideHeader(best.number(), List.copyOf(rows), columns));
    }

    /**
     * Takes from {@code neighbour} what the best row lacks: matches for its unmatched or blank columns, and
     * choice labels under a multi-select title of the upper row. Whether it gave any match; where it gave none,
     * {@code columns} is left as it was (its other texts are then titles or data, not headers).
     */
    private boolean join(RawRow neighbour, Map<Integer, HeaderCell> columns, RawRow upper, RawRow lower) {
        Map<Integer, HeaderCell> taken = new TreeMap<>();
        boolean gained = false;
        for (RawCell cell : texts(neighbour)) {
            HeaderCell current = columns.get(cell.column());
            HeaderCell offered = header(neighbour, cell);
            if (current == null || current.match().kind() == HeaderKind.NONE) {
                gained |= offered.match().isAnswer();
                if (offered.match().isAnswer() || current == null) {
                    taken.put(cell.column(), offered);
                }
            }
        }
        gained |= choicesUnderTitles(upper, lower, taken);
        if (gained) {
            columns.putAll(taken);
        }
        return gained;
    }

    /**
     * Choice labels in the lower row under a multi-select item's title in the upper row, the title's merged
     * cell spanning them (so the upper row is blank over all but the first). At least two per title: a data
     * row's single choice answer under its item's header is no header.
     */
    private boolean choicesUnderTitles(RawRow upper, RawRow lower, Map<Integer, HeaderCell> taken) {
        Map<Integer, List<HeaderCell>> choicesByTitle = new TreeMap<>();
        List<RawCell> titles = texts(upper);
        for (RawCell cell : texts(lower)) {
            RawCell title = null;
            for (RawCell candidate : titles) {
                title = candidate.column() <= cell.column() ? candidate : title;
            }
            if (title == null || match.apply(cell.text()).isAnswer()) {
                continue;
            }
            HeaderMatch choice = matcher.choiceUnder(match.apply(title.text()), cell.text());
            if (choice != null) {
                choicesByTitle.computeIfAbsent(title.column(), k -> new ArrayList<>())
                        .add(new HeaderCell(lower.number(), cell.column(), TextKey.clean(cell.text()), choice));
            }
        }
        boolean gained = false;
        for (List<HeaderCell> choices : choicesByTitle.values()) {
            if (choices.size() >= 2) {
                choices.forEach(choice -> taken.put(choice.column(), choice));
                gained = true;
            }
        }
        return gained;
    }

    private int score(RawRow row) {
        int score = 0;
        for (RawCell cell : texts(row)) {
            if (match.apply(cell.text()).isAnswer()) {
                score++;
            }
        }
        return score;
    }

    private HeaderCell header(RawRow row, RawCell cell) {
        return new HeaderCell(row.number(), cell.column(), TextKey.clean(cell.text()), match.apply(cell.text()));
    }

    private static RawRow rowNumbered(List<RawRow> sample, int number) {
        return sample.stream().filter(r -> r.number() == number).findFirst().orElse(null);
    }

    private static List<RawCell> texts(RawRow row) {
        List<RawCell> cells = new ArrayList<>();
        for (RawCell cell : row.cells()) {
            if (cell.text() != null && !cell.text().isBlank()) {
                cells.add(cell);
            }
        }
        return cells;
    }
}
