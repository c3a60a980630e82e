package org.oas.cim.pipeline.verify;

import org.junit.jupiter.api.Test;
import org.oas.cim.pipeline.normalize.Value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oas.cim.pipeline.verify.Answers.exact;
import static org.oas.cim.pipeline.verify.Answers.range;
import static org.oas.cim.pipeline.verify.Rows.estimate;

/** Estimates: tolerance between stage medians, zeros, the ratio and outliers. */
class EstimateRulesTest {
    private final Answers answers = new Answers();

    private EstimateFinding p6(Value stage1, Value stage2) {
        answers.questionnaire("CR", "q", "ngo").answer("P6", stage1);
        answers.interview("CR", "i", "immigration").answer("P6", stage2);
        return estimate(answers.verify(), "P6");
    }

    @Test
    void bothStageMediansZeroAgreeAndHaveNoRatio() {
        EstimateFinding p6 = p6(exact(0), exact(0));
        assertThat(p6.status()).isEqualTo(Status.CORROBORATED);
        assertThat(p6.ratio()).isNull();
    }

    @Test
    void aZeroAgainstAnythingElseDisagrees() {
        EstimateFinding p6 = p6(exact(0), exact(5));
        assertThat(p6.status()).isEqualTo(Status.CONTESTED);
        assertThat(p6.ratio()).isEqualTo(0.0);
    }

    @Test
    void aStageTwoMedianOfZeroLeavesTheRatioEmpty() {
        EstimateFinding p6 = p6(exact(5), exact(0));
        assertThat(p6.status()).isEqualTo(Status.CONTESTED);
        assertThat(p6.ratio()).isNull();
    }

    @Test
    void exactlyTwiceIsWithinTheTolerance() {
        EstimateFinding p6 = p6(exact(100), range(150, 250));
        assertThat(p6.ratio()).isEqualTo(0.5);
        assertThat(p6.status()).isEqualTo(Status.CORROBORATED);
    }

    @Test
    void justOverTwiceIsContestedUnlessTheToleranceIsWidened() {
        assertThat(p6(exact(201), exact(100)).status()).isEqualTo(Status.CONTESTED);
        assertThat(estimate(answers.verify(new VerificationSettings(3.0, 1, 3.0)), "P6").status()).isEqualTo(Status.CORROBORATED);
    }

    @Test
    void noStageTwoAnswerIsStageOneOnlyWithNoRatio() {
        answers.questionnaire("CR", "q", "ngo").answer("L3", exact(12));
        EstimateFinding l3 = estimate(answers.verify(), "L3");
        assertThat(l3.status()).isEqualTo(Status.STAGE1_ONLY);
        assertThat(l3.ratio()).isNull();
        assertThat(l3.stage2()).isEqualTo(new StageEstimate(0, null));
        assertThat(l3.maxHigh()).isEqualTo(12L);
        assertThat(l3.openEnded()).isFalse();
    }

    @Test
    void aPointFurtherThanKScaledMadsFromTheMedianIsAnOutlier() {
        long[] values = {10, 10, 11, 12, 1000};
        for (int i = 0; i < values.length; i++) {
            answers.questionnaire("CR", "q" + i, "ngo").answer("L4", exact(values[i]));
        }
        EstimateFinding l4 = estimate(answers.verify(), "L4");
        assertThat(l4.median()).isEqualTo(11.0);
        assertThat(l4.outliers()).isEqualTo(1);
        assertThat(l4.maxHigh()).isEqualTo(1000L);
    }

    @Test
    void noOutliersWhereTheMadIsZero() {
        long[] values = {10, 10, 10, 500};
        for (int i = 0; i < values.length; i++) {
            answers.questionnaire("CR", "q" + i, "ngo").answer("L4", exact(values[i]));
        }
        assertThat(estimate(answers.verify(), "L4").outliers()).isZero();
    }
}
