package org.oas.cim.pipeline.estimation;

import org.oas.cim.pipeline.publish.Column;
import org.oas.cim.pipeline.publish.ColumnType;
import org.oas.cim.pipeline.publish.Table;
import org.oas.cim.pipeline.stats.PopulationEstimate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The published {@code population_estimates} table (estimation.md, "What comes out"): one row per country and year,
 * numbers rounded to whole people, the note in the output language where there is no estimate.
 */
final class PopulationEstimatesTable {
    static final String NAME = "population_estimates";

    private static final List<String> TEXT = List.of("phase", "country", "year", "lists", "model", "method", "note");
    private static final List<String> COLUMNS = List.of("phase", "country", "year", "lists", "observed", "model",
            "estimate", "ci95_low", "ci95_high", "estimate_independence", "method", "note");

    private PopulationEstimatesTable() {
    }

    /** @param estimates one per table of {@code histories}, in the same order */
    static Table build(String phase, List<SourcedHistories> histories, List<PopulationEstimate> estimates, Locale language) {
        EstimateNotes notes = new EstimateNotes(language);
        List<Column> columns = COLUMNS.stream()
                .map(name -> new Column(name, TEXT.contains(name) ? ColumnType.TEXT : ColumnType.INTEGER, notes.label("column." + name)))
                .toList();
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < histories.size(); i++) {
            SourcedHistories h = histories.get(i);
            PopulationEstimate e = estimates.get(i);
            rows.add(Arrays.asList(phase, h.country(), blankToNull(h.year()), String.join(";", e.lists()), e.observed(),
                    blankToNull(String.join(";", e.model())), EstimateRow.rounded(e.estimate()), EstimateRow.rounded(e.low()),
                    EstimateRow.rounded(e.high()), EstimateRow.rounded(e.independence()),
                    e.method() == null ? null : e.method().code(), blankToNull(notes.text(e.note()))));
        }
        return new Table(NAME, notes.label("table.title"), notes.label("table.description"), columns, rows);
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
