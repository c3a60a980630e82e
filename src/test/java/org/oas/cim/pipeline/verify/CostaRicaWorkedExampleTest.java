package org.oas.cim.pipeline.verify;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oas.cim.pipeline.normalize.Value;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.oas.cim.pipeline.verify.Answers.about;
import static org.oas.cim.pipeline.verify.Answers.code;
import static org.oas.cim.pipeline.verify.Answers.codes;
import static org.oas.cim.pipeline.verify.Answers.exact;
import static org.oas.cim.pipeline.verify.Answers.missing;
import static org.oas.cim.pipeline.verify.Answers.over;
import static org.oas.cim.pipeline.verify.Answers.range;
import static org.oas.cim.pipeline.verify.Answers.unknown;
import static org.oas.cim.pipeline.verify.Rows.estimate;
import static org.oas.cim.pipeline.verify.Rows.indicator;
import static org.oas.cim.pipeline.verify.Rows.option;

/**
 * verification.md's worked example (Costa Rica, Phase I), cell for cell: five questionnaires and three interviews,
 * with every cell as the normalizer gives it ({@code Sí} is yes, {@code No sabe} unknown, {@code -} missing,
 * {@code entre 100 y 200} [100, 200], {@code más de 500} [500, open), {@code aprox. 250} approximate, {@code Mala} 2).
 */
class CostaRicaWorkedExampleTest {
    private static final Answers ANSWERS = new Answers();
    private static Findings findings;

    @BeforeAll
    static void verify() {
        Answers a = ANSWERS;
        a.questionnaire("CR", "Q1", "ngo").of("Casa Alianza")
                .answer("P1", code("yes")).answer("P11", code("yes")).answer("P10", code("yes"))
                .answer("P3", codes("prostitution", "sex_tourism")).answer("P6", range(100, 200))
                .answer("L5", code("often")).answer("L7", code("2"));
        a.questionnaire("CR", "Q2", "ngo").of("PANIAMOR")
                .answer("P1", code("yes")).answer("P11", code("yes")).answer("P10", code("no"))
                .answer("P3", codes("prostitution")).answer("P6", exact(300))
                .answer("L5", code("sometimes")).answer("L7", code("2"));
        a.questionnaire("CR", "Q3", "expert")
                .answer("P1", code("yes")).answer("P11", code("yes")).answer("P10", code("yes"))
                .answer("P3", codes("prostitution", "pornography")).answer("P6", about(250))
                .answer("L5", code("often")).answer("L7", code("3"));
        a.questionnaire("CR", "Q4", "ngo").of("Casa Alianza")
                .answer("P1", unknown()).answer("P11", missing()).answer("P10", code("no"))
                .answer("P3", missing()).answer("P6", over(500))
                .answer("L5", missing()).answer("L7", code("2"));
        a.questionnaire("CR", "Q5", "intl_org")
                .answer("P1", code("no")).answer("P11", missing()).answer("P10", unknown())
                .answer("P3", codes("sex_tourism")).answer("P6", unknown())
                .answer("L5", code("always")).answer("L7", missing());
        a.interview("CR", "I1", "immigration")
                .answer("P1", code("yes")).answer("P11", code("no")).answer("P10", missing())
                .answer("P3", codes("prostitution")).answer("P6", exact(80)).answer("L5", code("rarely"));
        a.interview("CR", "I2", "national_police")
                .answer("P1", code("no")).answer("P11", code("no")).answer("P10", missing())
                .answer("P3", codes("prostitution", "domestic_servitude")).answer("P6", exact(120))
                .answer("L5", code("sometimes"));
        a.interview("CR", "I3", "local_ngo")
                .answer("P1", code("yes")).answer("P11", unknown()).answer("P10", missing())
                .answer("P3", unknown()).answer("P6", missing()).answer("L5", missing());
        findings = a.verify();
    }

    @Test
    void p1IsCorroboratedByAModalYesInBothStages() {
        IndicatorFinding p1 = indicator(findings, "P1");
        assertThat(p1.overall().code()).isEqualTo("yes");
        assertThat(p1.overall().share()).isCloseTo(5.0 / 7, within(1e-12));
        assertThat(p1.overall().n()).isEqualTo(7);
        assertThat(p1.nUnknown()).isEqualTo(1);
        assertThat(p1.stage1()).isEqualTo(new Consensus("yes", false, 0.75, 4));
        assertThat(p1.stage2().code()).isEqualTo("yes");
        assertThat(p1.stage2().share()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(p1.stage2().n()).isEqualTo(3);
        assertThat(p1.status()).isEqualTo(Status.CORROBORATED);
    }

    @Test
    void p11IsContestedWhenTheStagesModesDiffer() {
        IndicatorFinding p11 = indicator(findings, "P11");
        assertThat(p11.overall()).isEqualTo(new Consensus("yes", false, 0.6, 5));
        assertThat(p11.stage1()).isEqualTo(new Consensus("yes", false, 1.0, 3));
        assertThat(p11.stage2()).isEqualTo(new Consensus("no", false, 1.0, 2));
        assertThat(p11.nUnknown()).isEqualTo(1);
        assertThat(p11.status()).isEqualTo(Status.CONTESTED);
    }

    @Test
    void p10IsATieRestingOnQuestionnairesOnly() {
        IndicatorFinding p10 = indicator(findings, "P10");
        assertThat(p10.overall()).isEqualTo(new Consensus(null, true, 0.5, 4));
        assertThat(p10.stage1()).isEqualTo(new Consensus(null, true, 0.5, 4));
        assertThat(p10.stage2()).isEqualTo(new Consensus(null, false, null, 0));
        assertThat(p10.nUnknown()).isEqualTo(1);
        assertThat(p10.status()).isEqualTo(Status.STAGE1_ONLY);
    }

    @Test
    void l5TakesTheLowerMiddleMedianAndIsContestedTwoStepsApart() {
        IndicatorFinding l5 = indicator(findings, "L5");
        assertThat(l5.ordinal()).isTrue();
        assertThat(l5.overall()).isEqualTo(new Consensus("sometimes", false, null, 6));
        assertThat(l5.stage1()).isEqualTo(new Consensus("often", false, null, 4));
        assertThat(l5.stage2()).isEqualTo(new Consensus("rarely", false, null, 2));
        assertThat(l5.status()).isEqualTo(Status.CONTESTED);
    }

    @Test
    void l7IsAStageOneOnlyItemWithMedianPoor() {
        IndicatorFinding l7 = indicator(findings, "L7");
        assertThat(l7.overall()).isEqualTo(new Consensus("2", false, null, 4));
        assertThat(l7.stage1()).isEqualTo(new Consensus("2", false, null, 4));
        assertThat(l7.stage2()).isEqualTo(new Consensus(null, false, null, 0));
        assertThat(l7.status()).isEqualTo(Status.STAGE1_ONLY);
    }

    @Test
    void p3OptionsAreNamedInListOrderWithMentionsPerStage() {
        assertThat(findings.options()).filteredOn(o -> o.indicator().equals("P3")).extracting(OptionFinding::option)
                .containsExactly("prostitution", "sex_tourism", "pornography", "domestic_servitude");
        assertOption("prostitution", new Mentions(3, 4), new Mentions(2, 2), Status.CORROBORATED);
        assertOption("sex_tourism", new Mentions(2, 4), new Mentions(0, 2), Status.UNCONFIRMED);
        assertOption("pornography", new Mentions(1, 4), new Mentions(0, 2), Status.UNCONFIRMED);
        assertOption("domestic_servitude", new Mentions(0, 4), new Mentions(1, 2), Status.UNCONFIRMED);
    }

    private static void assertOption(String option, Mentions stage1, Mentions stage2, Status status) {
        OptionFinding row = option(findings, "CR", null, "P3", option);
        assertThat(row.stage1()).isEqualTo(stage1);
        assertThat(row.stage2()).isEqualTo(stage2);
        assertThat(row.status()).isEqualTo(status);
    }

    @Test
    void p6StageMediansTooFarApartAreContested() {
        EstimateFinding p6 = estimate(findings, "P6");
        assertThat(p6.stage1()).isEqualTo(new StageEstimate(4, 275.0));
        assertThat(p6.stage2()).isEqualTo(new StageEstimate(2, 100.0));
        assertThat(p6.ratio()).isEqualTo(2.75);
        assertThat(p6.status()).isEqualTo(Status.CONTESTED);
        assertThat(p6.n()).isEqualTo(6);
        assertThat(p6.median()).isEqualTo(200.0);
        assertThat(p6.q1()).isEqualTo(127.5);
        assertThat(p6.q3()).isEqualTo(287.5);
        assertThat(p6.minLow()).isEqualTo(80L);
        assertThat(p6.openEnded()).isTrue();
        assertThat(p6.maxHigh()).isNull();
        assertThat(p6.approximate()).isEqualTo(1);
        assertThat(p6.outliers()).isZero();
    }

    @Test
    void evidenceIsEveryKnownOrDontKnowAnswerAndNoMissingOne() {
        List<Long> p1Ids = ANSWERS.all().stream().filter(x -> x.itemCode().equals("P1")).map(VerifiableAnswer::answerId).toList();
        assertThat(indicator(findings, "P1").answerIds()).containsExactlyElementsOf(p1Ids);
        List<Long> p6Evidence = ANSWERS.all().stream()
                .filter(x -> x.itemCode().equals("P6") && !(x.value() instanceof Value.Missing))
                .map(VerifiableAnswer::answerId).toList();
        assertThat(estimate(findings, "P6").answerIds()).hasSize(7).containsExactlyElementsOf(p6Evidence);
    }

    @Test
    void everySelectOneItemGetsARowInCodebookOrderNoDataWhereNobodyAnswered() {
        assertThat(findings.indicators()).extracting(IndicatorFinding::indicator)
                .containsExactly("P1", "P5", "P10", "P11", "L1", "L2", "L5", "L6", "L7", "S2", "S3");
        assertThat(indicator(findings, "L1").status()).isEqualTo(Status.NO_DATA);
        assertThat(findings.estimates()).extracting(EstimateFinding::indicator).containsExactly("P6", "L3", "L4");
        assertThat(estimate(findings, "L3").status()).isEqualTo(Status.NO_DATA);
        assertThat(estimate(findings, "L3").median()).isNull();
    }

    @Test
    void sourcesCountRespondentsAndDistinctOrganizationsPerStageAndType() {
        assertThat(findings.sources()).extracting(s -> s.stage() + " " + s.sourceType() + " " + s.respondents() + " " + s.organizations())
                .containsExactly("1 ngo 3 2", "1 expert 1 0", "1 intl_org 1 0",
                        "2 immigration 1 0", "2 national_police 1 0", "2 local_ngo 1 0");
    }

    @Test
    void reliabilityTakesAllEightRespondentsAsCodersAndComparesStageConsensusWhereBothAreDefined() {
        Reliability cr = findings.reliability().get(0);
        assertThat(cr.respondents()).isEqualTo(8);
        assertThat(cr.nominalUnits()).as("P1, P10, P11 and the four P3 options").isEqualTo(7);
        assertThat(cr.ordinalUnits()).as("L5, L7").isEqualTo(2);
        // P1 yes/yes, P11 yes/no, prostitution yes/yes, pornography no/no; P10, sex_tourism, domestic_servitude undefined
        assertThat(cr.binaryUnitsCompared()).isEqualTo(4);
        assertThat(cr.kappaStages()).isCloseTo(0.5, within(1e-12));
        assertThat(cr.alphaNominal()).isNotNull();
        assertThat(cr.alphaOrdinal()).isNotNull();
        assertThat(cr.note()).isNull();
    }

    @Test
    void theSameAnswersInAnotherOrderGiveTheSameFindings() {
        List<VerifiableAnswer> shuffled = new ArrayList<>(ANSWERS.all());
        Collections.shuffle(shuffled, new Random(7));
        assertThat(new CrossVerifier(Answers.CODEBOOK, VerificationSettings.defaults()).verify(shuffled)).isEqualTo(findings);
    }
}
