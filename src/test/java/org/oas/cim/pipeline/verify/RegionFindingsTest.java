package org.oas.cim.pipeline.verify;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oas.cim.pipeline.verify.Answers.code;
import static org.oas.cim.pipeline.verify.Answers.codes;
import static org.oas.cim.pipeline.verify.Answers.exact;
import static org.oas.cim.pipeline.verify.Rows.estimate;
import static org.oas.cim.pipeline.verify.Rows.indicator;
import static org.oas.cim.pipeline.verify.Rows.option;

/** Where answers carry a region, findings come per country and again per region, from that region's answers only. */
class RegionFindingsTest {
    private final Answers answers = new Answers();

    private Findings mexico() {
        answers.questionnaire("MX", "s1", "ngo").in("mx-south").answer("P1", code("yes")).answer("P6", exact(100)).answer("P2", codes("transit"));
        answers.interview("MX", "s2", "border_police").in("mx-south").answer("P1", code("yes")).answer("P6", exact(150));
        answers.questionnaire("MX", "n1", "ngo").in("mx-north").answer("P1", code("no")).answer("P6", exact(900)).answer("P2", codes("destination"));
        answers.interview("MX", "n2", "border_police").in("mx-north").answer("P1", code("no"));
        answers.questionnaire("MX", "d1", "expert").answer("P1", code("yes"));
        answers.questionnaire("BO", "b1", "ngo").in("bo-lapaz").answer("P1", code("yes"));
        return answers.verify();
    }

    @Test
    void regionRowsUseOnlyTheirRegionsAnswers() {
        Findings findings = mexico();
        assertThat(indicator(findings, "MX", null, "P1").overall()).isEqualTo(new Consensus("yes", false, 0.6, 5));
        assertThat(indicator(findings, "MX", null, "P1").status()).isEqualTo(Status.CONTESTED);
        assertThat(indicator(findings, "MX", "mx-south", "P1").overall()).isEqualTo(new Consensus("yes", false, 1.0, 2));
        assertThat(indicator(findings, "MX", "mx-south", "P1").status()).isEqualTo(Status.CORROBORATED);
        assertThat(indicator(findings, "MX", "mx-north", "P1").overall()).isEqualTo(new Consensus("no", false, 1.0, 2));
        assertThat(estimate(findings, "MX", "mx-south", "P6").median()).isEqualTo(125.0);
        assertThat(estimate(findings, "MX", "mx-north", "P6").status()).isEqualTo(Status.STAGE1_ONLY);
        assertThat(option(findings, "MX", "mx-north", "P2", "destination").status()).isEqualTo(Status.STAGE1_ONLY);
        assertThat(findings.options()).filteredOn(o -> "mx-south".equals(o.region())).extracting(OptionFinding::option)
                .containsExactly("transit");
    }

    @Test
    void rowsGoByCountryThenWholeCountryBeforeRegionsByIdThenCodebookOrder() {
        Findings findings = mexico();
        assertThat(findings.indicators()).filteredOn(f -> f.indicator().equals("P1"))
                .extracting(f -> f.country() + "/" + f.region())
                .containsExactly("BO/null", "BO/bo-lapaz", "MX/null", "MX/mx-north", "MX/mx-south");
        assertThat(findings.indicators()).filteredOn(f -> "mx-north".equals(f.region())).extracting(IndicatorFinding::indicator)
                .startsWith("P1", "P5", "P10");
    }

    @Test
    void sourcesOfficialFiguresAndReliabilityAreWholeCountryOnly() {
        Findings findings = mexico();
        assertThat(findings.reliability()).extracting(Reliability::country).containsExactly("BO", "MX");
        assertThat(findings.sources()).extracting(s -> s.country() + " " + s.stage() + " " + s.sourceType() + " " + s.respondents())
                .containsExactly("BO 1 ngo 1", "MX 1 ngo 2", "MX 1 expert 1", "MX 2 border_police 2");
    }
}
