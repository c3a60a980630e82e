package org.oas.cim.pipeline.estimation;

import org.junit.jupiter.api.Test;
import org.oas.cim.pipeline.publish.Table;
import org.oas.cim.pipeline.stats.CaptureHistories;
import org.oas.cim.pipeline.stats.MultipleSystemsEstimation;
import org.oas.cim.pipeline.stats.PopulationEstimate;
import org.oas.cim.pipeline.stats.StepwiseSelection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published rows of estimation.md's undefined cases: one list, two lists with no one in common, three people on
 * separate lists, beside a table that has an estimate. Each is a row with empty numbers and a note in the output
 * language, never NaN, infinity or a failure.
 */
class PopulationEstimatesTableTest {
    private static SourcedHistories histories(String country, List<String> lists, String patterns) {
        return new SourcedHistories(country, "2005", CaptureHistories.parse(lists, patterns), List.of());
    }

    @Test
    void undefinedCasesArePublishedAsEmptyEstimatesWithANote() {
        List<SourcedHistories> all = List.of(
                histories("BO", List.of("Policía"), "1:40"),
                histories("CR", List.of("A", "B"), "10:12 01:9"),
                histories("GT", List.of("A", "B", "C"), "100:1 010:1 001:1"),
                histories("MX", List.of("A", "B"), "10:80 01:80 11:20"));
        List<PopulationEstimate> estimates = new ArrayList<>();
        all.forEach(h -> estimates.add(MultipleSystemsEstimation.estimate(h.table(), StepwiseSelection.DEFAULT_THRESHOLD)));

        Table table = PopulationEstimatesTable.build("phase-2", all, estimates, Locale.forLanguageTag("es"));

        assertThat(table.name()).isEqualTo("population_estimates");
        assertThat(table.title()).isEqualTo("Estimaciones de población");
        List<List<Object>> rows = table.rows();
        assertThat(rows.get(0)).isEqualTo(Arrays.asList("phase-2", "BO", "2005", "Policía", 40L, null, null, null, null, null, null,
                "Una sola lista: una lista sola no puede decir a quién no encontró."));
        assertThat(rows.get(1)).isEqualTo(Arrays.asList("phase-2", "CR", "2005", "A;B", 21L, null, null, null, null, null, "chapman",
                "Una lista no comparte a nadie con las demás: nada vincula lo que vio con lo que vieron ellas."));
        assertThat(rows.get(2).subList(4, 10)).containsExactly(3L, null, null, null, null, null);
        assertThat(rows.get(2).get(11)).isNotNull();
        // reference-values.md's pair, n1 = n2 = 100, m = 20: Chapman 484.76 (SE 82.03), rounded to whole people
        assertThat(rows.get(3)).isEqualTo(Arrays.asList("phase-2", "MX", "2005", "A;B", 180L, null, 485L, 324L, 646L, null, "chapman", null));
    }
}
