package org.oas.cim.pipeline.page;

import org.junit.jupiter.api.Test;
import org.oas.cim.pipeline.publish.FindingsTables;
import org.oas.cim.pipeline.publish.Messages;
import org.oas.cim.pipeline.publish.PhaseFile;
import org.oas.cim.pipeline.publish.PublishSettings;
import org.oas.cim.pipeline.publish.Table;
import org.oas.cim.pipeline.verify.Findings;
import org.oas.cim.pipeline.verify.Status;
import org.w3c.dom.Element;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oas.cim.pipeline.page.PageFixture.PHASE_1;

/** The page as a whole: its language, that it stands alone, accessibility, printing and determinism. */
class AnalystPageTest {
    private static final String ENGLISH = AnalystPage.render(PHASE_1, PageFixture.tables("en"), "en");
    private static final String SPANISH = AnalystPage.render(PHASE_1, PageFixture.tables("es"), "es");
    private static final String PORTUGUESE = AnalystPage.render(PHASE_1, PageFixture.tables("pt"), "pt");

    @Test
    void thePageHasTheTitleThePhaseAndATableOfContentsLinkingEverySection() {
        PageDom dom = PageDom.parse(ENGLISH);
        assertThat(dom.one("/html/head/title").getTextContent())
                .isEqualTo("Findings: Trafficking of Women and Children for Sexual Exploitation in the Americas, Phase I");
        assertThat(dom.one("//header/p[@class='phase']").getTextContent()).isEqualTo("Years 2001-2002 \u00b7 phase phase-1");
        assertThat(dom.all("//nav//a")).extracting(e -> e.getAttribute("href")).containsExactly(
                "#about-statuses", "#statuses-per-country", "#estimates", "#estimate-P6", "#estimate-L3", "#estimate-L4",
                "#options-named", "#options-P3", "#options-P7", "#options-P8", "#agreement");
        assertThat(dom.all("//main/section/h2")).extracting(Element::getTextContent).containsExactly(
                "What the statuses mean", "Statuses per country", "Estimates", "Options named", "Agreement between sources");
    }

    @Test
    void theSixStatusesAndWithholdingAreExplainedInPlainLanguageUnderTheWorkbooksNames() {
        PageDom dom = PageDom.parse(ENGLISH);
        List<String> names = dom.all("//dl[@class='statuses']/dt/span").stream().map(Element::getTextContent).toList();
        Messages workbook = Messages.of("en");
        assertThat(names).containsExactly(workbook.statusName(Status.CORROBORATED), workbook.statusName(Status.CONTESTED),
                workbook.statusName(Status.UNCONFIRMED), workbook.statusName(Status.STAGE1_ONLY), workbook.statusName(Status.STAGE2_ONLY),
                workbook.statusName(Status.NO_DATA), "Withheld");
        assertThat(dom.all("//dl[@class='statuses']/dd")).extracting(Element::getTextContent)
                .hasSize(7).allSatisfy(text -> assertThat(text).isNotBlank())
                .contains("Only the questionnaires gave answers. The interviews have not checked it.");
    }

    @Test
    void spanishAndPortuguesePagesSpeakTheirLanguageWithItemAndChoiceLabelsFromTheTables() {
        PageDom es = PageDom.parse(SPANISH);
        assertThat(es.one("/html").getAttribute("lang")).isEqualTo("es");
        assertThat(es.all("//main/section/h2")).extracting(Element::getTextContent).containsExactly(
                "Qué significan los estados", "Estados por país", "Estimaciones", "Opciones mencionadas", "Acuerdo entre las fuentes");
        assertThat(es.all("//h3")).extracting(Element::getTextContent).contains("P3 \u00b7 Formas de explotación observadas");
        assertThat(es.all("//*[@id='chart-options-P3']//*[@class='row-label']")).extracting(PageDom::ownText)
                .containsExactly("Prostitución", "Turismo sexual", "Pornografía", "Servidumbre doméstica", "Trabajo forzoso");
        assertThat(es.all("//*[@id='chart-statuses']//*[@class='row-label']")).extracting(PageDom::ownText)
                .containsExactly("Belice", "Costa Rica");
        assertThat(PageDom.title(es.one("//*[@data-mark='estimate' and @data-country='CR' and @data-indicator='P6']")))
                .startsWith("Costa Rica: mediana 200 (n = 6); mitad central de 127,5 a 287,5; respuestas desde 80")
                .endsWith("Discrepante");
        assertThat(SPANISH).doesNotContain("Statuses per country", "Prostitution", "Contested");

        PageDom pt = PageDom.parse(PORTUGUESE);
        assertThat(pt.one("/html").getAttribute("lang")).isEqualTo("pt");
        assertThat(pt.all("//main/section/h2")).extracting(Element::getTextContent).contains("Situações por país", "Opções mencionadas");
        assertThat(PageDom.title(pt.one("//*[@data-mark='option' and @data-country='CR' and @data-option='prostitution']")))
                .isEqualTo("Costa Rica, Prostituição: mencionada por 5 de 6 pessoas (83%) \u2014 Corroborado");
        assertThat(pt.all("//*[@data-mark='status' and @data-country='BZ' and @data-indicator='P11']"))
                .allSatisfy(e -> assertThat(PageDom.title(e)).endsWith("Omitido"));
        assertThat(PORTUGUESE).doesNotContain("Statuses per country", "Prostitución", "Contested");
    }

    @Test
    void thePageFetchesNothingItsOnlyLinksAreToItsOwnSections() {
        for (String page : List.of(ENGLISH, SPANISH, PORTUGUESE)) {
            assertThat(page).doesNotContainIgnoringCase("http:").doesNotContainIgnoringCase("https:").doesNotContain("//")
                    .doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img").doesNotContainIgnoringCase("<link")
                    .doesNotContainIgnoringCase("<iframe").doesNotContainIgnoringCase("<object").doesNotContainIgnoringCase("<embed")
                    .doesNotContainIgnoringCase("@import").doesNotContain(" src=").doesNotContain("xlink:href");
            Set<String> ids = ids(page);
            List<Map<String, String>> tags = Marks.tags(page);
            assertThat(tags.stream().filter(t -> t.containsKey("href")).map(t -> t.get("href")))
                    .isNotEmpty().allSatisfy(href -> assertThat(href).startsWith("#").satisfies(h -> assertThat(ids).contains(h.substring(1))));
            Matcher url = Pattern.compile("url\\(([^)]*)\\)").matcher(page);
            int references = 0;
            while (url.find()) {
                assertThat(url.group(1)).startsWith("#");
                assertThat(ids).contains(url.group(1).substring(1));
                references++;
            }
            assertThat(references).isPositive();
        }
    }

    @Test
    void everyChartIsAnImageWithATitleAndADescriptionAndEveryIdIsUnique() {
        PageDom dom = PageDom.parse(ENGLISH);
        List<Element> svgs = dom.all("//svg");
        assertThat(svgs).hasSizeGreaterThan(10);
        for (Element svg : svgs) {
            assertThat(svg.getAttribute("role")).isEqualTo("img");
            Element title = dom.one("//svg[@id='" + svg.getAttribute("id") + "']/*[1]");
            Element desc = dom.one("//svg[@id='" + svg.getAttribute("id") + "']/*[2]");
            assertThat(title.getTagName()).isEqualTo("title");
            assertThat(desc.getTagName()).isEqualTo("desc");
            assertThat(title.getTextContent()).isNotBlank();
            assertThat(desc.getTextContent()).isNotBlank();
            assertThat(svg.getAttribute("aria-labelledby")).isEqualTo(title.getAttribute("id") + " " + desc.getAttribute("id"));
        }
        assertThat(dom.one("//svg[@id='chart-statuses']/desc").getTextContent())
                .contains("Costa Rica: 1 Corroborated, 2 Contested, 2 Questionnaires only, 6 No data.");
        List<String> ids = dom.all("//*[@id]").stream().map(e -> e.getAttribute("id")).toList();
        assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
    }

    @Test
    void printingKeepsEachChartOnOnePageAndKeepsItsColoursAndPatterns() {
        String print = ENGLISH.substring(ENGLISH.indexOf("@media print"));
        assertThat(print).contains("figure, svg, dl.statuses { break-inside: avoid; page-break-inside: avoid; }")
                .contains("print-color-adjust: exact;");
        PageDom dom = PageDom.parse(ENGLISH);
        assertThat(dom.all("//svg[@id='chart-statuses']/defs/pattern")).extracting(e -> e.getAttribute("id"))
                .contains("chart-statuses-CONTESTED", "chart-statuses-SUPPRESSED");
        assertThat(dom.all("//svg[@id='chart-statuses']//*[@class='block-code halo' or @class='block-code halo-dark']"))
                .as("every block prints its question's code, read without colour").hasSize(22);
    }

    @Test
    void theSameTablesGiveTheSameBytesAndTheFileHoldsThem() throws Exception {
        assertThat(AnalystPage.render(PHASE_1, PageFixture.tables("en"), "en")).isEqualTo(ENGLISH);
        PhaseFile file = AnalystPage.file(PHASE_1, PageFixture.tables("en"), "en");
        assertThat(file.name()).isEqualTo("report.html");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        file.content().writeTo(bytes);
        assertThat(bytes.toByteArray()).isEqualTo(ENGLISH.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void itemsAndOptionsFollowTheCodebookAndItsListsNotTheOrderCountriesNameThem() {
        // Belize (first in the tables) names GT and HN; Costa Rica CO, NI, PA: the page follows the country list.
        PageDom dom = PageDom.parse(ENGLISH);
        assertThat(dom.all("//*[@id='chart-options-P7']//*[@class='row-label']")).extracting(PageDom::ownText)
                .containsExactly("Colombia", "Guatemala", "Honduras", "Nicaragua", "Panama");
        assertThat(dom.all("//*[@id='chart-options-P3']//*[@class='row-label']")).extracting(PageDom::ownText)
                .containsExactly("Prostitution", "Sex tourism", "Pornography", "Domestic servitude", "Forced labour");
    }

    @Test
    void labelsFromTheTablesAreWrittenAsTextNeverAsMarkup() {
        String label = "<script>alert(1)</script> & \"quoted\" 'single'";
        Table options = PageFixture.set(PageFixture.named(PageFixture.tables("en"), "options"),
                r -> r.get("option").equals("prostitution"), "option_label", label);
        String page = AnalystPage.render(PHASE_1, PageFixture.replace(PageFixture.tables("en"), options), "en");
        assertThat(page).doesNotContainIgnoringCase("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot; &#39;single&#39;");
        PageDom dom = PageDom.parse(page);
        assertThat(PageDom.title(dom.one("//*[@data-mark='option' and @data-country='CR' and @data-option='prostitution']"))).startsWith("Costa Rica, " + label + ":");
    }

    @Test
    void aPageNeedsTheTablesItDraws() {
        List<Table> withoutOptions = PageFixture.tables("en").stream().filter(t -> !t.name().equals("options")).toList();
        assertThatThrownBy(() -> AnalystPage.render(PHASE_1, withoutOptions, "en"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("options");
        assertThatThrownBy(() -> AnalystPage.render(PHASE_1, PageFixture.tables("en"), "fr"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPhaseWithoutFindingsSaysSoInsteadOfDrawingEmptyCharts() {
        Findings none = new Findings(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        List<Table> empty = new FindingsTables(PageFixture.CODEBOOK, PublishSettings.defaults()).tables(PHASE_1, none, List.of());
        PageDom dom = PageDom.parse(AnalystPage.render(PHASE_1, empty, "en"));
        assertThat(dom.all("//p[@class='empty']")).hasSize(4).allSatisfy(p -> assertThat(p.getTextContent()).isEqualTo("Nothing to show for this phase."));
        assertThat(dom.all("//svg[@class='chart']")).isEmpty();
        assertThat(dom.all("//*[@data-mark]")).isEmpty();
    }

    private static Set<String> ids(String page) {
        Set<String> ids = new HashSet<>();
        Marks.tags(page).stream().filter(t -> t.containsKey("id")).forEach(t -> ids.add(t.get("id")));
        return ids;
    }
}
