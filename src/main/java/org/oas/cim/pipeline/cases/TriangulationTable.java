package org.oas.cim.pipeline.cases;

import org.oas.cim.pipeline.publish.Column;
import org.oas.cim.pipeline.publish.ColumnType;
import org.oas.cim.pipeline.publish.Labels;
import org.oas.cim.pipeline.publish.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The published {@code triangulation} table, under CTDC's disclosure rule (cases.md, "Disclosure"): a case count
 * under k is empty and named in {@code suppressed}, and so is the share that would give it away; where the options of
 * an indicator divide its cases among them (the victim groups, the other countries), a count that the others and the
 * total would give away is suppressed with the smallest other count (secondary suppression).
 */
public final class TriangulationTable {
    public static final String NAME = "triangulation";
    /** Indicators whose options split the cases that count: one case names one of them at most. */
    private static final Set<String> PARTITIONS = Set.of("P4", "P7", "P8");
    private static final String[] NAMES = {"phase", "country", "indicator", "option", "survey_status", "stage1_mentions",
            "stage2_mentions", "cases_n", "cases_with", "cases_share", "verdict", "suppressed"};
    private static final ColumnType[] TYPES = {ColumnType.TEXT, ColumnType.TEXT, ColumnType.TEXT, ColumnType.TEXT,
            ColumnType.STATUS, ColumnType.INTEGER, ColumnType.INTEGER, ColumnType.INTEGER, ColumnType.INTEGER,
            ColumnType.SHARE, ColumnType.TEXT, ColumnType.TEXT};

    private final int k;

    public TriangulationTable(int k) {
        this.k = k;
    }

    public Table build(String phase, List<TriangulationRow> rows, Labels labels) {
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < NAMES.length; i++) {
            columns.add(new Column(NAMES[i], TYPES[i], labels.columnDescription(NAME, NAMES[i])));
        }
        boolean[][] hidden = suppressed(rows);
        List<List<Object>> cells = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            TriangulationRow r = rows.get(i);
            boolean hideN = hidden[i][0];
            boolean hideWith = hidden[i][1];
            StringJoiner named = new StringJoiner(";");
            if (hideN) {
                named.add("cases_n");
            }
            if (hideWith) {
                named.add("cases_with").add("cases_share");
            }
            cells.add(Arrays.asList(phase, r.country(), r.indicator(), r.option(), r.surveyStatus(), r.stage1Mentions(),
                    r.stage2Mentions(), hideN ? null : r.casesN(), hideWith ? null : r.casesWith(),
                    hideWith ? null : r.casesShare(), r.verdict().name(), named.length() == 0 ? null : named.toString()));
        }
        return new Table(NAME, labels.tableTitle(NAME), labels.tableDescription(NAME), columns, cells);
    }

    /** Per row: whether cases_n, and whether cases_with (with its share), are withheld. */
    boolean[][] suppressed(List<TriangulationRow> rows) {
        boolean[][] hidden = new boolean[rows.size()][2];
        Map<List<String>, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            TriangulationRow r = rows.get(i);
            hidden[i][0] = small(r.casesN());
            hidden[i][1] = hidden[i][0] || small(r.casesWith());
            if (PARTITIONS.contains(r.indicator())) {
                groups.computeIfAbsent(List.of(r.country(), r.indicator()), key -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> group : groups.values()) {
            List<Integer> alone = group.stream().filter(i -> hidden[i][1] && !hidden[i][0]).toList();
            if (alone.size() != 1) {
                continue;
            }
            group.stream().filter(i -> !hidden[i][1] && rows.get(i).casesWith() != null && rows.get(i).casesWith() > 0)
                    .min(Comparator.comparingLong((Integer i) -> rows.get(i).casesWith()).thenComparingInt(i -> i))
                    .ifPresent(i -> hidden[i][1] = true);
        }
        return hidden;
    }

    /** A count of one or more cases, but fewer than k. */
    private boolean small(Long count) {
        return count != null && count > 0 && count < k;
    }
}
