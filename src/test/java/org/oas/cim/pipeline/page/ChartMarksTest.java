package org.oas.cim.pipeline.page;

import org.junit.jupiter.api.Test;
import org.oas.cim.pipeline.publish.Table;
import org.oas.cim.pipeline.verify.Status;
import org.w3c.dom.Element;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oas.cim.pipeline.page.PageFixture.named;
import static org.oas.cim.pipeline.page.PageFixture.rows;

/** Every mark of a chart stands for one row of a published table and carries that row's values. */
class ChartMarksTest {
    private static final List<Table> TABLES = PageFixture.tables("en");
    private static final String PAGE = AnalystPage.render(PageFixture.PHASE_1, TABLES, "en");
    private static final PageDom DOM = PageDom.parse(PAGE);

    @Test
    void everyIndicatorRowIsOneStatusBlockOfItsStatus() {
        List<String> expected = rows(named(TABLES, "indicators")).stream()
                .map(r -> r.get("country") + " " + r.get("indicator") + " " + status(r)).sorted().toList();
        List<String> drawn = Marks.of(PAGE, "status").stream()
                .map(m -> m.get("data-country") + " " + m.get("data-indicator") + " " + m.get("data-status")).sorted().toList();
        assertThat(expected).hasSize(22).contains("CR P1 CORROBORATED", "CR P11 CONTESTED", "CR P10 STAGE1_ONLY", "BZ P11 SUPPRESSED");
        assertThat(drawn).containsExactlyElementsOf(expected);
    }

    @Test
    void aWithheldStatusIsDrawnCrossHatchedAndCalledWithheldNeverNoData() {
        Element p11 = DOM.one("//*[@data-mark='status' and @data-country='BZ' and @data-indicator='P11']");
        assertThat(p11.getAttribute("data-status")).isEqualTo("SUPPRESSED");
        assertThat(p11.getAttribute("data-suppressed")).contains("status");
        assertThat(p11.getAttribute("fill")).isEqualTo("url(#chart-statuses-SUPPRESSED)");
        assertThat(PageDom.title(p11)).endsWith("Withheld").doesNotContain("No data");
        Element costaRica = DOM.one("//*[@data-mark='status' and @data-country='CR' and @data-indicator='P11']");
        assertThat(costaRica.getAttribute("fill")).isEqualTo("url(#chart-statuses-CONTESTED)");
        assertThat(PageDom.title(costaRica)).contains("Is complicity of officials reported?").endsWith("Contested");
    }

    @Test
    void everyEstimateRowIsOneMarkCarryingTheTablesNumbers() {
        List<Map<String, Object>> rows = rows(named(TABLES, "estimates"));
        assertThat(Marks.of(PAGE, "estimate")).hasSize(rows.size());
        for (Map<String, Object> row : rows) {
            Element mark = estimate((String) row.get("country"), (String) row.get("indicator"));
            assertThat(mark.getAttribute("data-status")).isEqualTo(((Status) row.get("status")).name());
            assertThat(mark.getAttribute("data-n")).isEqualTo(row.get("n").toString());
            for (String column : List.of("median", "q1", "q3", "min_low", "max_high", "stage1_median", "stage2_median")) {
                Object value = row.get(column);
                String expected = value == null ? "" : value instanceof BigDecimal b ? b.toPlainString() : value.toString();
                assertThat(mark.getAttribute("data-" + column.replace('_', '-'))).as(column).isEqualTo(expected);
            }
        }
    }

    @Test
    void anOpenEndedRangeEndsInAnArrowAndAClosedOneAtItsHighestAnswer() {
        assertThat(estimate("CR", "P6").getAttribute("data-median")).isEqualTo("200.0000");
        assertThat(parts("CR", "P6")).contains("range", "open-end", "arrow", "box", "median", "stage1-median", "stage2-median");
        assertThat(estimate("CR", "P6").getAttribute("data-open-ended")).isEqualTo("true");
        assertThat(parts("BZ", "P6")).contains("range", "box", "median").doesNotContain("open-end", "arrow");
        assertThat(parts("CR", "L3")).containsExactly("no-data");
    }

    @Test
    void everyOptionRowIsOneHeatMapCellShadedByTheShareOfBothStages() {
        List<Map<String, Object>> rows = rows(named(TABLES, "options"));
        assertThat(Marks.of(PAGE, "option")).hasSize(rows.size());
        for (Map<String, Object> row : rows) {
            long mentions = (Long) row.get("stage1_mentions") + (Long) row.get("stage2_mentions");
            long n = (Long) row.get("stage1_n") + (Long) row.get("stage2_n");
            Element cell = option((String) row.get("country"), (String) row.get("indicator"), (String) row.get("option"));
            assertThat(cell.getAttribute("data-status")).isEqualTo(((Status) row.get("status")).name());
            assertThat(cell.getAttribute("data-share"))
                    .isEqualTo(BigDecimal.valueOf(mentions).divide(BigDecimal.valueOf(n), 4, RoundingMode.HALF_EVEN).toPlainString());
        }
        Element prostitution = option("CR", "P3", "prostitution");
        assertThat(prostitution.getAttribute("data-mentions")).isEqualTo("5");
        assertThat(prostitution.getAttribute("data-n")).isEqualTo("6");
        assertThat(prostitution.getTextContent()).contains("83%");
        assertThat(PageDom.title(prostitution)).isEqualTo("Costa Rica, Prostitution: named by 5 of 6 respondents (83%) \u2014 Corroborated");
        assertThat(option("BZ", "P7", "HN").getAttribute("data-status")).isEqualTo("UNCONFIRMED");
    }

    @Test
    void withheldOptionCountsAreDrawnWithheldNeverAsZero() {
        List<String> counts = List.of("stage1_mentions", "stage1_n", "stage2_mentions", "stage2_n");
        Table options = PageFixture.withhold(named(TABLES, "options"),
                r -> r.get("country").equals("CR") && r.get("option").equals("sex_tourism"), counts.toArray(String[]::new));
        PageDom dom = PageDom.parse(AnalystPage.render(PageFixture.PHASE_1, PageFixture.replace(TABLES, options), "en"));
        Element cell = dom.one("//*[@data-mark='option' and @data-country='CR' and @data-option='sex_tourism']");
        assertThat(cell.hasAttribute("data-share")).isFalse();
        assertThat(cell.hasAttribute("data-mentions")).isFalse();
        assertThat(cell.getAttribute("data-suppressed")).isEqualTo(String.join(";", counts));
        assertThat(dom.one("//*[@data-mark='option' and @data-country='CR' and @data-option='sex_tourism']/*[@data-part='suppressed']")
                .getAttribute("fill")).isEqualTo("url(#chart-options-P3-SUPPRESSED)");
        assertThat(cell.getTextContent()).contains("wh.").doesNotContain("%");
        assertThat(PageDom.title(cell)).contains("Withheld");
        assertThat(dom.all("//*[@data-mark='option']")).hasSize(named(TABLES, "options").rows().size());
    }

    @Test
    void aWithheldEstimateIsDrawnAsAWithheldBandWithoutBoxOrMedian() {
        Table estimates = PageFixture.withhold(named(TABLES, "estimates"),
                r -> r.get("country").equals("CR") && r.get("indicator").equals("P6"), "median", "q1", "q3", "status");
        PageDom dom = PageDom.parse(AnalystPage.render(PageFixture.PHASE_1, PageFixture.replace(TABLES, estimates), "en"));
        Element mark = dom.one("//*[@data-mark='estimate' and @data-country='CR' and @data-indicator='P6']");
        assertThat(mark.getAttribute("data-status")).isEqualTo("SUPPRESSED");
        assertThat(mark.hasAttribute("data-median")).isFalse();
        assertThat(dom.all("//*[@data-mark='estimate' and @data-country='CR' and @data-indicator='P6']//*[@data-part]"))
                .extracting(e -> e.getAttribute("data-part")).containsExactly("suppressed");
        assertThat(PageDom.title(mark)).isEqualTo("Costa Rica: Withheld");
    }

    @Test
    void aSensitiveEstimateShowsItsMedianAloneWithTheRestWithheld() {
        String[] withheld = {"n", "q1", "q3", "min_low", "max_high", "open_ended", "approximate", "outliers",
                "stage1_n", "stage1_median", "stage2_n", "stage2_median", "ratio"};
        Table estimates = PageFixture.withhold(named(TABLES, "estimates"),
                r -> r.get("country").equals("CR") && r.get("indicator").equals("P6"), withheld);
        PageDom dom = PageDom.parse(AnalystPage.render(PageFixture.PHASE_1, PageFixture.replace(TABLES, estimates), "en"));
        Element mark = dom.one("//*[@data-mark='estimate' and @data-country='CR' and @data-indicator='P6']");
        assertThat(mark.getAttribute("data-median")).isEqualTo("200.0000");
        assertThat(mark.hasAttribute("data-n")).isFalse();
        assertThat(dom.all("//*[@data-mark='estimate' and @data-country='CR' and @data-indicator='P6']//*[@data-part]"))
                .extracting(e -> e.getAttribute("data-part")).containsExactly("median");
        assertThat(PageDom.title(mark)).isEqualTo("Costa Rica: median 200 (n = Withheld); questionnaires' median Withheld, interviews' median Withheld; Contested");
        assertThat(mark.getTextContent()).contains("200  (n = Withheld)");
    }

    @Test
    void reliabilityDrawsThreeStatisticsPerCountryAndADashWithItsNoteWhereOneIsUndefined() {
        List<Map<String, Object>> rows = rows(named(TABLES, "reliability"));
        assertThat(Marks.of(PAGE, "reliability")).hasSize(3 * rows.size());
        boolean someUndefined = false;
        for (Map<String, Object> row : rows) {
            for (String statistic : ReliabilityChart.STATISTICS) {
                Element mark = DOM.one("//*[@data-mark='reliability' and @data-country='" + row.get("country") + "' and @data-statistic='" + statistic + "']");
                BigDecimal value = (BigDecimal) row.get(statistic);
                if (value == null) {
                    someUndefined = true;
                    assertThat(mark.getAttribute("data-undefined")).isEqualTo("true");
                    assertThat(mark.hasAttribute("data-value")).isFalse();
                    assertThat(mark.getTextContent()).startsWith("\u2014");
                    assertThat(DOM.all("//figcaption/ul/li")).extracting(Element::getTextContent)
                            .contains(row.get("country_name") + ": " + row.get("note"));
                } else {
                    assertThat(mark.getAttribute("data-value")).isEqualTo(value.toPlainString());
                    assertThat(mark.getElementsByTagName("circle").getLength() + mark.getElementsByTagName("rect").getLength()
                            + mark.getElementsByTagName("polygon").getLength()).isEqualTo(1);
                }
            }
        }
        assertThat(someUndefined).as("Belize answered no ordinal item: its alpha_ordinal is undefined").isTrue();
    }

    private static String status(Map<String, Object> row) {
        return row.get("status") == null ? "SUPPRESSED" : ((Status) row.get("status")).name();
    }

    private static Element estimate(String country, String indicator) {
        return DOM.one("//*[@data-mark='estimate' and @data-country='" + country + "' and @data-indicator='" + indicator + "']");
    }

    private static List<String> parts(String country, String indicator) {
        return DOM.all("//*[@data-mark='estimate' and @data-country='" + country + "' and @data-indicator='" + indicator + "']//*[@data-part]")
                .stream().map(e -> e.getAttribute("data-part")).toList();
    }

    private static Element option(String country, String indicator, String option) {
        return DOM.one("//*[@data-mark='option' and @data-country='" + country + "' and @data-indicator='" + indicator
                + "' and @data-option='" + option + "']");
    }
}
