package org.oas.cim.pipeline.publish;

import org.junit.jupiter.api.Test;
import org.oas.cim.pipeline.codebook.Codebook;
import org.oas.cim.pipeline.codebook.Instrument;
import org.oas.cim.pipeline.codebook.Item;
import org.oas.cim.pipeline.verify.Status;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oas.cim.pipeline.publish.Rows.find;
import static org.oas.cim.pipeline.publish.Rows.named;

/** The findings of verification.md's worked example, mapped to outputs.md's tables. */
class FindingsTablesTest {
    private final List<Table> english = new FindingsTables(WorkedExample.CODEBOOK, PublishSettings.defaults())
            .tables(WorkedExample.PHASE_1, WorkedExample.phase1(), WorkedExample.quality());

    @Test
    void theEightTablesComeInOutputsOrder() {
        assertThat(english).extracting(Table::name).containsExactlyElementsOf(FindingsTables.TABLE_NAMES);
    }

    @Test
    void everyRowCarriesPhaseAndCountryExceptTheSummaryWhichHasAColumnPerCountry() {
        for (Table table : english) {
            if (table.name().equals("summary")) {
                continue;
            }
            assertThat(table.columns().subList(0, 3)).extracting(Column::name).containsExactly("phase", "country", "country_name");
            for (Map<String, Object> row : Rows.of(table)) {
                assertThat(row.get("phase")).isEqualTo("phase-1");
                assertThat(row.get("country")).isNotNull();
            }
        }
    }

    @Test
    void indicatorsCarryTheWorkedExamplesValuesSharesAndCounts() {
        Table indicators = named(english, "indicators");
        assertThat(Rows.of(indicators)).extracting(r -> r.get("country") + " " + r.get("indicator"))
                .containsExactly("BZ P11", "CR P1", "CR P10", "CR P11", "CR L5", "CR L7");
        Map<String, Object> p1 = find(indicators, "indicator", "P1");
        assertThat(p1).containsEntry("country_name", "Costa Rica").containsEntry("region", null)
                .containsEntry("name", "trafficking_present").containsEntry("value", "yes").containsEntry("value_label", "Yes")
                .containsEntry("share", new BigDecimal("0.7143")).containsEntry("n", 7L).containsEntry("n_unknown", 1L)
                .containsEntry("stage1_share", new BigDecimal("0.7500")).containsEntry("stage2_share", new BigDecimal("0.6667"))
                .containsEntry("stage1_n", 4L).containsEntry("stage2_n", 3L)
                .containsEntry("status", Status.CORROBORATED).containsEntry("suppressed", null);
        Map<String, Object> p10 = find(indicators, "indicator", "P10");
        assertThat(p10).containsEntry("value", "tie").containsEntry("value_label", "Tie (no single most frequent answer)")
                .containsEntry("stage2_value", null).containsEntry("stage2_n", 0L).containsEntry("status", Status.STAGE1_ONLY);
        Map<String, Object> l7 = find(indicators, "indicator", "L7");
        assertThat(l7).containsEntry("ordinal", true).containsEntry("value", "2").containsEntry("value_label", "Poor")
                .containsEntry("share", null);
    }

    @Test
    void optionsComeInListOrderWithMentionsPerStage() {
        Table options = named(english, "options");
        assertThat(Rows.of(options)).extracting(r -> r.get("option"))
                .containsExactly("prostitution", "sex_tourism", "pornography", "domestic_servitude");
        assertThat(find(options, "option", "domestic_servitude")).containsEntry("option_label", "Domestic servitude")
                .containsEntry("stage1_mentions", 0L).containsEntry("stage1_n", 4L)
                .containsEntry("stage2_mentions", 1L).containsEntry("stage2_n", 2L).containsEntry("status", Status.UNCONFIRMED);
    }

    @Test
    void estimatesKeepAnOpenUpperBoundEmpty() {
        Map<String, Object> p6 = find(named(english, "estimates"), "indicator", "P6");
        assertThat(p6).containsEntry("median", new BigDecimal("200.0000")).containsEntry("q1", new BigDecimal("127.5000"))
                .containsEntry("min_low", 80L).containsEntry("max_high", null).containsEntry("open_ended", true)
                .containsEntry("ratio", new BigDecimal("2.7500")).containsEntry("status", Status.CONTESTED);
    }

    @Test
    void sensitiveItemShowsOnlyTheCountryValueAndStatusAndNamesEverySuppressedColumn() {
        Map<String, Object> p11 = Rows.of(named(english, "indicators")).stream()
                .filter(r -> r.get("country").equals("CR") && r.get("indicator").equals("P11")).findFirst().orElseThrow();
        assertThat(p11).containsEntry("value", "yes").containsEntry("value_label", "Yes").containsEntry("status", Status.CONTESTED)
                .containsEntry("label", "Is complicity of officials reported?");
        for (String column : List.of("share", "n", "n_unknown", "stage1_value", "stage1_value_label", "stage1_share", "stage1_n",
                "stage2_value", "stage2_value_label", "stage2_share", "stage2_n")) {
            assertThat(p11.get(column)).as(column).isNull();
        }
        assertThat(p11.get("suppressed")).isEqualTo("share;n;n_unknown;stage1_value;stage1_value_label;stage1_share;stage1_n;"
                + "stage2_value;stage2_value_label;stage2_share;stage2_n");
    }

    @Test
    void sensitiveItemWithFewerThanKAnswersHidesItsValueAndStatusToo() {
        Map<String, Object> p11 = Rows.of(named(english, "indicators")).get(0);
        assertThat(p11).containsEntry("country", "BZ").containsEntry("indicator", "P11")
                .containsEntry("value", null).containsEntry("value_label", null).containsEntry("status", null);
        assertThat(((String) p11.get("suppressed")).split(";")).contains("value", "value_label", "status", "stage1_n");

        List<Table> lenient = new FindingsTables(WorkedExample.CODEBOOK, new PublishSettings("en", 2, true))
                .tables(WorkedExample.PHASE_1, WorkedExample.phase1(), WorkedExample.quality());
        assertThat(Rows.of(named(lenient, "indicators")).get(0)).containsEntry("value", "yes").containsEntry("status", Status.CORROBORATED);
    }

    @Test
    void aSensitiveEstimateOrMultiSelectShowsOnlyItsCountryLevelMedianOrStatus() {
        List<Table> tables = new FindingsTables(sensitive("P3", "P6"), PublishSettings.defaults())
                .tables(WorkedExample.PHASE_1, WorkedExample.phase1(), WorkedExample.quality());
        Map<String, Object> p6 = find(named(tables, "estimates"), "indicator", "P6");
        assertThat(p6).containsEntry("median", new BigDecimal("200.0000")).containsEntry("status", Status.CONTESTED)
                .containsEntry("n", null).containsEntry("q1", null).containsEntry("stage1_median", null).containsEntry("ratio", null);
        assertThat((String) p6.get("suppressed")).isEqualTo("n;q1;q3;min_low;max_high;open_ended;approximate;outliers;"
                + "stage1_n;stage1_median;stage2_n;stage2_median;ratio");
        Map<String, Object> prostitution = find(named(tables, "options"), "option", "prostitution");
        assertThat(prostitution).containsEntry("status", Status.CORROBORATED).containsEntry("stage1_mentions", null)
                .containsEntry("suppressed", "stage1_mentions;stage1_n;stage2_mentions;stage2_n");
        Table summary = named(tables, "summary");
        assertThat(find(summary, "option", "prostitution")).containsEntry("cr_value", null).containsEntry("cr_status", Status.CORROBORATED)
                .containsEntry("suppressed", "cr_value");
        assertThat(find(summary, "indicator", "P6")).containsEntry("cr_value", "200");
    }

    /** The codebook with some items marked sensitive: the flag is data, so any item may carry it. */
    private static Codebook sensitive(String... codes) {
        Codebook base = WorkedExample.CODEBOOK;
        Set<String> marked = Set.of(codes);
        List<Instrument> instruments = base.instruments().stream().map(instrument -> new Instrument(instrument.id(), instrument.stage(),
                instrument.items().stream().map(i -> marked.contains(i.code())
                        ? new Item(i.code(), i.name(), i.type(), i.listName(), i.section(), i.role(), i.labels(), i.aliases(), i.pii(), true)
                        : i).toList())).toList();
        return new Codebook(instruments, List.copyOf(base.lists().values()), base.countries(), base.languages());
    }

    @Test
    void freeTextItemsNeverAppear() {
        for (Table table : english) {
            for (Map<String, Object> row : Rows.of(table)) {
                assertThat(row.get("indicator")).isNotEqualTo("S4");
                assertThat(row.values()).doesNotContain("=HYPERLINK(\"x\")");
            }
        }
    }

    @Test
    void aSourceTypeUnderKIsSuppressedWithTheNextSmallestOfItsCountryAndStage() {
        Table sources = named(english, "sources");
        List<Map<String, Object>> belize = Rows.of(sources).stream().filter(r -> r.get("country").equals("BZ")).toList();
        assertThat(belize).extracting(r -> r.get("source_type") + "=" + r.get("respondents") + "/" + r.get("suppressed"))
                .containsExactly("ngo=5/null", "expert=null/respondents;organizations", "academic=null/respondents;organizations", "other=6/null");

        // The stage's total (17, from any item everybody answered) leaves two unknowns: the expert count is not recoverable.
        long total = WorkedExample.sources().stream().filter(s -> s.country().equals("BZ")).mapToLong(s -> s.respondents()).sum();
        long published = belize.stream().map(r -> (Long) r.get("respondents")).filter(v -> v != null).mapToLong(Long::longValue).sum();
        long hiddenSum = total - published;
        long candidates = java.util.stream.LongStream.range(1, PublishSettings.DEFAULT_K)
                .filter(expert -> hiddenSum - expert >= 1).count();
        assertThat(candidates).as("values the suppressed expert count could take").isGreaterThan(1);
    }

    @Test
    void noSuppressedSourceCountCanBeWorkedBackFromItsStagesTotal() {
        List<Map<String, Object>> rows = Rows.of(named(english, "sources"));
        for (String country : List.of("BZ", "CR")) {
            for (int stage = 1; stage <= 2; stage++) {
                int st = stage;
                long total = WorkedExample.sources().stream().filter(s -> s.country().equals(country) && s.stage() == st)
                        .mapToLong(s -> s.respondents()).sum();
                List<Map<String, Object>> group = rows.stream()
                        .filter(r -> r.get("country").equals(country) && r.get("stage").equals((long) st)).toList();
                long hidden = group.stream().filter(r -> r.get("respondents") == null).count();
                long hiddenSum = total - group.stream().map(r -> (Long) r.get("respondents")).filter(v -> v != null).mapToLong(Long::longValue).sum();
                if (hidden > 0) {
                    // Each row stands for at least one respondent: one hidden cell, or a sum of one per hidden cell, gives them away.
                    assertThat(hidden).as(country + " stage " + stage + " hidden cells").isGreaterThanOrEqualTo(2);
                    assertThat(hiddenSum).as(country + " stage " + stage + " hidden sum").isGreaterThan(hidden);
                }
            }
        }
        // Costa Rica's interviews: three agency types of one respondent each; the fourth row goes too, or each 1 would show.
        assertThat(rows.stream().filter(r -> r.get("country").equals("CR") && r.get("stage").equals(2L)))
                .allSatisfy(r -> assertThat(r).containsEntry("respondents", null).containsEntry("suppressed", "respondents;organizations"));
        Map<String, Object> notStated = rows.stream().filter(r -> r.get("source_type") == null).findFirst().orElseThrow();
        assertThat(notStated).containsEntry("source_type_label", "Not stated");
    }

    @Test
    void officialFiguresFromFewerThanKAgenciesAreSuppressed() {
        List<Map<String, Object>> figures = Rows.of(named(english, "official_figures"));
        assertThat(figures.get(0)).containsEntry("item", "O1").containsEntry("agency_type_label", "Immigration service")
                .containsEntry("agencies", null).containsEntry("median", null).containsEntry("year", null)
                .containsEntry("suppressed", "agencies;median;min;max;year;mixed_years");
        assertThat(figures.get(1)).containsEntry("item", "O3").containsEntry("agencies", 3L)
                .containsEntry("median", new BigDecimal("12.0000")).containsEntry("year", 2001L).containsEntry("suppressed", null);
    }

    @Test
    void qualityRowsAreOrderedByCountryCode() {
        assertThat(Rows.of(named(english, "quality"))).extracting(r -> r.get("country") + ":" + r.get("rows_rejected"))
                .containsExactly("BZ:2", "CR:0");
    }

    @Test
    void reliabilityKeepsAnUndefinedStatisticEmptyWithItsNote() {
        assertThat(Rows.of(named(english, "reliability")).get(0)).containsEntry("alpha_nominal", new BigDecimal("0.1235"))
                .containsEntry("alpha_ordinal", new BigDecimal("-0.2500")).containsEntry("kappa_stages", null)
                .containsEntry("note", "kappa undefined: no variation");
    }

    @Test
    void summaryHasValueAndStatusSideBySideForEveryPhaseCountryByCode() {
        Table summary = named(english, "summary");
        assertThat(summary.columns()).extracting(Column::name).startsWith("phase", "indicator", "name", "label", "option", "option_label",
                "br_value", "br_status", "bz_value", "bz_status", "cr_value", "cr_status").endsWith("sv_value", "sv_status", "suppressed");
        assertThat(Rows.of(summary)).extracting(r -> r.get("indicator") + (r.get("option") == null ? "" : "/" + r.get("option")))
                .containsExactly("P1", "P3/prostitution", "P3/sex_tourism", "P3/pornography", "P3/domestic_servitude",
                        "P6", "P10", "P11", "L5", "L7");
        assertThat(find(summary, "indicator", "P1")).containsEntry("cr_value", "Yes").containsEntry("cr_status", Status.CORROBORATED)
                .containsEntry("bz_value", null).containsEntry("bz_status", null);
        assertThat(find(summary, "option", "prostitution")).containsEntry("cr_value", "5/6");
        assertThat(find(summary, "indicator", "P6")).containsEntry("cr_value", "200");
        assertThat(find(summary, "indicator", "P11")).containsEntry("cr_value", "Yes").containsEntry("cr_status", Status.CONTESTED)
                .containsEntry("bz_value", null).containsEntry("bz_status", null).containsEntry("suppressed", "bz_value;bz_status");
    }

    @Test
    void regionRowsFollowTheirCountryWithTheRegionFilledAndSensitiveRegionRowsFullySuppressed() {
        Table indicators = new FindingsTables(WorkedExample.CODEBOOK, PublishSettings.defaults())
                .tables(WorkedExample.PHASE_2, WorkedExample.phase2(), List.of()).get(1);
        List<Map<String, Object>> rows = Rows.of(indicators);
        assertThat(rows).extracting(r -> r.get("region") + " " + r.get("indicator"))
                .containsExactly("null P1", "null P11", "mx-north P1", "mx-north P11", "mx-south P1");
        assertThat(rows.get(1)).containsEntry("value", "yes").containsEntry("status", Status.CONTESTED);
        assertThat(rows.get(3)).containsEntry("region", "mx-north").containsEntry("value", null).containsEntry("status", null)
                .containsEntry("ordinal", false);
        assertThat((String) rows.get(3).get("suppressed")).startsWith("value;value_label;share;n;").endsWith("stage2_n;status");
    }

    @Test
    void labelsFollowTheOutputLanguage() {
        List<Table> spanish = new FindingsTables(WorkedExample.CODEBOOK, PublishSettings.defaults().withLanguage("es"))
                .tables(WorkedExample.PHASE_1, WorkedExample.phase1(), WorkedExample.quality());
        Map<String, Object> p1 = find(named(spanish, "indicators"), "indicator", "P1");
        assertThat(p1).containsEntry("value", "yes").containsEntry("value_label", "Sí").containsEntry("country_name", "Costa Rica")
                .containsEntry("label", "¿Existe trata de mujeres, adolescentes o niños con fines de explotación sexual en el país?");
        assertThat(find(named(spanish, "indicators"), "indicator", "P10")).containsEntry("value_label", "Empate (ninguna respuesta es la más frecuente)");
        assertThat(find(named(spanish, "official_figures"), "item", "O1")).containsEntry("agency_type_label", "Migración");
        assertThat(named(spanish, "indicators").title()).isEqualTo("Indicadores");

        List<Table> portuguese = new FindingsTables(WorkedExample.CODEBOOK, PublishSettings.defaults().withLanguage("pt"))
                .tables(WorkedExample.PHASE_1, WorkedExample.phase1(), WorkedExample.quality());
        assertThat(find(named(portuguese, "indicators"), "indicator", "P1")).containsEntry("value_label", "Sim");
        assertThat(find(named(portuguese, "options"), "option", "domestic_servitude")).containsEntry("option_label", "Servidão doméstica");
        assertThat(Rows.of(named(portuguese, "quality")).get(0)).containsEntry("country_name", "Belize");
        assertThat(find(named(portuguese, "summary"), "indicator", "P1")).containsEntry("cr_value", "Sim");
        // Machine names are the same in every language.
        assertThat(named(portuguese, "indicators").columns()).extracting(Column::name)
                .containsExactlyElementsOf(named(english, "indicators").columns().stream().map(Column::name).toList());
    }

    @Test
    void everyColumnIsExplainedInEveryLanguage() {
        for (String language : Messages.LANGUAGES) {
            List<Table> tables = new FindingsTables(WorkedExample.CODEBOOK, PublishSettings.defaults().withLanguage(language))
                    .tables(WorkedExample.PHASE_1, WorkedExample.phase1(), WorkedExample.quality());
            for (Table table : tables) {
                assertThat(table.title()).isNotBlank();
                assertThat(table.description()).isNotBlank();
                assertThat(table.columns()).allSatisfy(c -> assertThat(c.description()).as(language + " " + table.name() + "." + c.name()).isNotBlank());
            }
        }
    }
}
