package org.oas.cim.pipeline.cases;

import org.junit.jupiter.api.Test;
import org.oas.cim.pipeline.codebook.CodebookLoader;
import org.oas.cim.pipeline.publish.Labels;
import org.oas.cim.pipeline.publish.Table;
import org.oas.cim.pipeline.verify.Mentions;
import org.oas.cim.pipeline.verify.OptionFinding;
import org.oas.cim.pipeline.verify.Status;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The rows of a country's triangulation, in codebook order, and the table's disclosure control (k = 11). */
class TriangulationTest {
    private static final Labels LABELS = Labels.of(CodebookLoader.load(Path.of("jobs")), "en");

    private static OptionFinding named(String indicator, String option, int stage1, int stage2) {
        return new OptionFinding("MX", null, indicator, option, new Mentions(stage1, 5), new Mentions(stage2, 3),
                Status.CORROBORATED, List.of());
    }

    private static List<TriangulationRow> rows(Map<String, OptionCases> cases, OptionFinding... surveys) {
        return new Triangulation(11, 0.05).rows("MX", cases, List.of(surveys), i -> LABELS.choiceOrder(LABELS.item(i)));
    }

    @Test
    void everyNamedOptionAndTheCasesOnlyOnesInCodebookOrder() {
        Set<String> forms = Set.of("prostitution", "pornography", "forced_labour", "domestic_servitude", "servile_marriage");
        OptionCases p3 = new OptionCases(forms::contains).countKnown(40)
                .countNaming("prostitution", 30).countNaming("domestic_servitude", 3).countNaming("servile_marriage", 1)
                .countNaming("sexual_exploitation", 35);
        Map<String, OptionCases> cases = new LinkedHashMap<>();
        cases.put("P3", p3);
        List<TriangulationRow> rows = rows(cases, named("P3", "sex_tourism", 2, 1), named("P3", "prostitution", 4, 2),
                named("P3", "pornography", 1, 0));
        assertThat(rows).extracting(r -> r.option() + " " + r.verdict()).containsExactly(
                "prostitution CONFIRMED_BY_CASES", "sex_tourism NOT_COMPARABLE", "pornography NOT_SEEN_IN_CASES",
                "domestic_servitude CASES_ONLY");
        assertThat(rows.get(0).casesShare()).isEqualTo(0.75);
        assertThat(rows.get(1).casesN()).isNull();
        assertThat(rows.get(3).surveyStatus()).isNull();
    }

    @Test
    void countsUnderKAreEmptiedAndNamedAndAPartitionLosesOneMore() {
        List<TriangulationRow> rows = List.of(
                new TriangulationRow("MX", "P7", "GT", Status.STAGE1_ONLY, 3, 0, 35L, 20L, TriangulationVerdict.CONFIRMED_BY_CASES),
                new TriangulationRow("MX", "P7", "HN", Status.STAGE1_ONLY, 2, 0, 35L, 12L, TriangulationVerdict.CONFIRMED_BY_CASES),
                new TriangulationRow("MX", "P7", "SV", Status.STAGE1_ONLY, 1, 0, 35L, 3L, TriangulationVerdict.CONFIRMED_BY_CASES),
                new TriangulationRow("MX", "P3", "prostitution", Status.STAGE1_ONLY, 1, 0, 35L, 2L, TriangulationVerdict.CONFIRMED_BY_CASES),
                new TriangulationRow("MX", "P3", "pornography", Status.STAGE1_ONLY, 1, 0, 35L, 30L, TriangulationVerdict.CONFIRMED_BY_CASES),
                new TriangulationRow("GT", "P3", "prostitution", Status.STAGE1_ONLY, 1, 0, 5L, 5L, TriangulationVerdict.TOO_FEW_CASES),
                new TriangulationRow("GT", "P3", "sex_tourism", Status.STAGE1_ONLY, 1, 0, null, null, TriangulationVerdict.NOT_COMPARABLE));
        Table table = new TriangulationTable(11).build("phase-2", rows, LABELS);
        int n = table.columnIndex("cases_n");
        int with = table.columnIndex("cases_with");
        int suppressed = table.columnIndex("suppressed");
        assertThat(table.rows()).extracting(r -> Arrays.asList(r.get(n), r.get(with), r.get(suppressed))).containsExactly(
                Arrays.asList(35L, 20L, null),
                Arrays.asList(35L, null, "cases_with;cases_share"),
                Arrays.asList(35L, null, "cases_with;cases_share"),
                Arrays.asList(35L, null, "cases_with;cases_share"),
                Arrays.asList(35L, 30L, null),
                Arrays.asList(null, null, "cases_n;cases_with;cases_share"),
                Arrays.asList(null, null, null));
        assertThat(table.rows().get(5).get(table.columnIndex("verdict"))).isEqualTo("TOO_FEW_CASES");
    }

    @Test
    void theTableHasTheColumnsOfCasesMd() {
        Table table = new TriangulationTable(11).build("phase-2", List.of(), LABELS);
        assertThat(table.columns()).extracting(c -> c.name()).containsExactly("phase", "country", "indicator", "option",
                "survey_status", "stage1_mentions", "stage2_mentions", "cases_n", "cases_with", "cases_share", "verdict",
                "suppressed");
        assertThat(table.columns()).allSatisfy(c -> assertThat(c.description()).isNotBlank());
    }
}
