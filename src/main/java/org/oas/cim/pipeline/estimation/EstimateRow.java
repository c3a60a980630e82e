package org.oas.cim.pipeline.estimation;

import java.util.List;

import org.oas.cim.pipeline.stats.PopulationEstimate;

/**
 * One row of estimation.md's {@code population_estimates} as {@code estimate} prints it: the file and sheet
 * in place of the phase (nothing is published), numbers rounded to whole people, an empty cell where there
 * is no estimate and the note saying why in the language asked for.
 */
final class EstimateRow {
    static final List<String> HEADER = List.of("file", "sheet", "country", "year", "lists", "observed", "model", "estimate",
            "ci95_low", "ci95_high", "estimate_independence", "method", "note");

    private EstimateRow() {
    }

    static List<String> cells(CaptureHistoryGroup group, PopulationEstimate e, EstimateNotes notes) {
        return List.of(group.file(), group.sheet(), group.country(), group.year(), String.join(";", e.lists()),
                Long.toString(e.observed()), String.join(";", e.model()), whole(e.estimate()), whole(e.low()),
                whole(e.high()), whole(e.independence()), e.method() == null ? "" : e.method().code(),
                notes.text(e.note()));
    }

    private static String whole(Double value) {
        Long rounded = rounded(value);
        return rounded == null ? "" : rounded.toString();
    }

    /** Half up, as the published figures are rounded (11,417.99 is 11,418); null stays null. */
    static Long rounded(Double value) {
        return value == null ? null : Math.round(value);
    }
}
