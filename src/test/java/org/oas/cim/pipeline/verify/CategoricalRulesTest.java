package org.oas.cim.pipeline.verify;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oas.cim.pipeline.verify.Answers.code;
import static org.oas.cim.pipeline.verify.Answers.missing;
import static org.oas.cim.pipeline.verify.Answers.unknown;
import static org.oas.cim.pipeline.verify.Rows.indicator;

/** The select_one rules of verification.md, one by one. */
class CategoricalRulesTest {
    private final Answers answers = new Answers();

    private void stage1(String item, String... codes) {
        for (int i = 0; i < codes.length; i++) {
            answers.questionnaire("CR", "q" + item + i, "ngo").answer(item, code(codes[i]));
        }
    }

    private void stage2(String item, String... codes) {
        for (int i = 0; i < codes.length; i++) {
            answers.interview("CR", "i" + item + i, "immigration").answer(item, code(codes[i]));
        }
    }

    @Test
    void aStageSplitEvenlyIsATieAndMakesTheFindingContested() {
        stage1("P1", "yes", "no");
        stage2("P1", "yes", "yes");
        IndicatorFinding p1 = indicator(answers.verify(), "P1");
        assertThat(p1.stage1()).isEqualTo(new Consensus(null, true, 0.5, 2));
        assertThat(p1.overall()).isEqualTo(new Consensus("yes", false, 0.75, 4));
        assertThat(p1.status()).isEqualTo(Status.CONTESTED);
    }

    @Test
    void aTieBetweenThreeTopValuesIsATieToo() {
        stage1("L2", "ratified", "signed", "neither");
        IndicatorFinding l2 = indicator(answers.verify(), "L2");
        assertThat(l2.overall().tie()).isTrue();
        assertThat(l2.overall().share()).isEqualTo(1.0 / 3);
    }

    @Test
    void aTieBelowTheTopValueIsNoTie() {
        stage1("L2", "ratified", "ratified", "signed", "neither");
        assertThat(indicator(answers.verify(), "L2").overall()).isEqualTo(new Consensus("ratified", false, 0.5, 4));
    }

    @Test
    void dontKnowIsCountedApartAndIsNeverAVoteWhateverItsForm() {
        stage1("P1", "yes", "unknown");
        answers.questionnaire("CR", "qx", "ngo").answer("P1", unknown());
        answers.questionnaire("CR", "qy", "ngo").answer("P1", missing());
        stage2("P1", "unknown");
        IndicatorFinding p1 = indicator(answers.verify(), "P1");
        assertThat(p1.overall()).isEqualTo(new Consensus("yes", false, 1.0, 1));
        assertThat(p1.nUnknown()).isEqualTo(3);
        assertThat(p1.stage2().n()).isZero();
        assertThat(p1.status()).isEqualTo(Status.STAGE1_ONLY);
    }

    @Test
    void onlyInterviewsAnsweringIsStageTwoOnly() {
        stage2("P1", "no");
        assertThat(indicator(answers.verify(), "P1").status()).isEqualTo(Status.STAGE2_ONLY);
    }

    @Test
    void onlyDontKnowAnswersIsNoData() {
        answers.questionnaire("CR", "q", "ngo").answer("P1", unknown());
        IndicatorFinding p1 = indicator(answers.verify(), "P1");
        assertThat(p1.status()).isEqualTo(Status.NO_DATA);
        assertThat(p1.overall()).isEqualTo(new Consensus(null, false, null, 0));
        assertThat(p1.nUnknown()).isEqualTo(1);
    }

    @Test
    void ordinalMediansOneStepApartAreCorroborated() {
        stage1("L5", "often");
        stage2("L5", "sometimes");
        assertThat(indicator(answers.verify(), "L5").status()).isEqualTo(Status.CORROBORATED);
    }

    @Test
    void ordinalMediansTwoStepsApartAreContestedUnlessTheStepIsWidened() {
        stage1("L5", "always");
        stage2("L5", "sometimes");
        assertThat(indicator(answers.verify(), "L5").status()).isEqualTo(Status.CONTESTED);
        assertThat(indicator(answers.verify(new VerificationSettings(2.0, 2, 3.0)), "L5").status()).isEqualTo(Status.CORROBORATED);
    }

    @Test
    void ordinalMedianOfAnEvenCountIsTheLowerMiddleCategoryAndNeverATie() {
        stage1("P5", "25_plus", "under_12");
        stage2("P5", "15_17", "12_14", "18_24");
        IndicatorFinding p5 = indicator(answers.verify(), "P5");
        assertThat(p5.stage1()).isEqualTo(new Consensus("under_12", false, null, 2));
        assertThat(p5.stage2()).isEqualTo(new Consensus("15_17", false, null, 3));
        assertThat(p5.overall()).isEqualTo(new Consensus("15_17", false, null, 5));
        assertThat(p5.status()).isEqualTo(Status.CONTESTED);
    }
}
