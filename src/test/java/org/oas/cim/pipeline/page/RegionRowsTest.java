package org.oas.cim.pipeline.page;

import org.junit.jupiter.api.Test;
import org.oas.cim.pipeline.publish.FindingsTables;
import org.oas.cim.pipeline.publish.PublishSettings;
import org.oas.cim.pipeline.publish.Table;
import org.oas.cim.pipeline.study.Phase;
import org.oas.cim.pipeline.study.Study;
import org.w3c.dom.Element;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oas.cim.pipeline.page.PageFixture.named;
import static org.oas.cim.pipeline.page.PhaseAnswers.code;
import static org.oas.cim.pipeline.page.PhaseAnswers.codes;
import static org.oas.cim.pipeline.page.PhaseAnswers.exact;

/** Where a phase reports regions apart (Mexico's border states), each region is a row of its own, after its country. */
class RegionRowsTest {
    private static final Phase PHASE_2 = Study.load(Path.of("jobs/phases.yml")).phase("phase-2").orElseThrow();

    @Test
    void regionRowsAreDrawnAfterTheirCountryUnderTheRegionsName() {
        PhaseAnswers a = new PhaseAnswers();
        a.questionnaire("MX", "M1", "ngo").in("mx-north").answer("P1", code("yes")).answer("P3", codes("prostitution")).answer("P6", exact(40));
        a.questionnaire("MX", "M2", "ngo").in("mx-south").answer("P1", code("no")).answer("P3", codes("forced_labour")).answer("P6", exact(900));
        a.interview("MX", "M3", "immigration").in("mx-south").answer("P1", code("no")).answer("P3", codes("forced_labour")).answer("P6", exact(700));
        List<Table> tables = new FindingsTables(PageFixture.CODEBOOK, PublishSettings.defaults()).tables(PHASE_2, a.verify(PageFixture.CODEBOOK), List.of());
        String page = AnalystPage.render(PHASE_2, tables, "en");
        PageDom dom = PageDom.parse(page);

        assertThat(dom.all("//*[@id='chart-statuses']//*[@class='row-label']")).extracting(PageDom::ownText)
                .containsExactly("Mexico", "Mexico \u2014 Northern border states", "Mexico \u2014 Southern border states");
        assertThat(Marks.of(page, "status")).hasSize(named(tables, "indicators").rows().size());
        Element south = dom.one("//*[@data-mark='status' and @data-region='mx-south' and @data-indicator='P1']");
        assertThat(south.getAttribute("data-country")).isEqualTo("MX");
        assertThat(south.getAttribute("data-status")).isEqualTo("CORROBORATED");
        assertThat(dom.all("//*[@data-mark='estimate' and @data-indicator='P6']")).extracting(e -> e.getAttribute("data-region"))
                .containsExactly("", "mx-north", "mx-south");
        assertThat(Marks.of(page, "option")).hasSize(named(tables, "options").rows().size());
    }
}
