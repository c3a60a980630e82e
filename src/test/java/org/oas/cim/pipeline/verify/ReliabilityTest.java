package org.oas.cim.pipeline.verify;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.oas.cim.pipeline.verify.Answers.code;
import static org.oas.cim.pipeline.verify.Answers.codes;
import static org.oas.cim.pipeline.verify.Answers.unknown;

/**
 * Reliability per country: which units and coders enter Krippendorff's alpha and Cohen's kappa, checked against
 * values computed by hand from the coincidence matrix and the 2x2 table.
 */
class ReliabilityTest {
    private static final String[] YES_NO_ITEMS = {"P1", "P10", "P11", "L1", "L6", "S3"};
    private final Answers answers = new Answers();

    @Test
    void sixYesNoItemsBetweenOneQuestionnaireAndOneInterview() {
        String[] stage1 = {"yes", "yes", "no", "no", "yes", "no"};
        String[] stage2 = {"yes", "no", "no", "no", "yes", "yes"};
        for (int i = 0; i < YES_NO_ITEMS.length; i++) {
            answers.questionnaire("CR", "q", "ngo").answer(YES_NO_ITEMS[i], code(stage1[i]));
            answers.interview("CR", "i", "immigration").answer(YES_NO_ITEMS[i], code(stage2[i]));
        }
        Reliability cr = answers.verify().reliability().get(0);
        assertThat(cr.respondents()).isEqualTo(2);
        assertThat(cr.nominalUnits()).isEqualTo(6);
        // o(yes,no) = o(no,yes) = 2, n(yes) = n(no) = 6, n = 12: alpha = 1 - 11 * 4 / (2 * 6 * 6)
        assertThat(cr.alphaNominal()).isCloseTo(1 - 44.0 / 72, within(1e-12));
        assertThat(cr.binaryUnitsCompared()).isEqualTo(6);
        // table [[2,1],[1,2]]: p_o = 4/6, p_e = 1/2
        assertThat(cr.kappaStages()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(cr.ordinalUnits()).isZero();
        assertThat(cr.alphaOrdinal()).isNull();
        assertThat(cr.note()).startsWith("alpha_ordinal: ").doesNotContain("alpha_nominal", "kappa_stages");
    }

    @Test
    void binaryOptionUnitsShareTheValuesOfTheYesNoItems() {
        answers.questionnaire("CR", "q", "ngo").answer("P1", code("yes")).answer("P3", codes("prostitution"));
        answers.interview("CR", "i", "immigration").answer("P1", code("no")).answer("P3", codes("prostitution", "pornography"));
        Reliability cr = answers.verify().reliability().get(0);
        // units (yes,no), (yes,yes), (no,yes): o(yes,yes) = 2, o(yes,no) = o(no,yes) = 2, n(yes) = 4, n(no) = 2, n = 6
        assertThat(cr.nominalUnits()).isEqualTo(3);
        assertThat(cr.alphaNominal()).isCloseTo(1 - 5 * 4.0 / (2 * 4 * 2), within(1e-12));
        assertThat(cr.binaryUnitsCompared()).isEqualTo(3);
    }

    @Test
    void ordinalUnitsUseRanksAndDontKnowIsMissing() {
        answers.questionnaire("CR", "q1", "ngo").answer("L5", code("often")).answer("L7", code("1"));
        answers.questionnaire("CR", "q2", "ngo").answer("L5", code("always")).answer("L7", code("2"));
        answers.interview("CR", "i1", "immigration").answer("L5", unknown());
        Reliability cr = answers.verify().reliability().get(0);
        assertThat(cr.respondents()).isEqualTo(3);
        assertThat(cr.ordinalUnits()).isEqualTo(2);
        // ranks 3, 4 (L5) and 0, 1 (L7), one of each: observed 2 + 2 = 4, expected 2 * (1 + 4 + 9 + 1 + 4 + 1) = 40
        assertThat(cr.alphaOrdinal()).isCloseTo(1 - 3 * 4.0 / 40, within(1e-12));
        assertThat(cr.nominalUnits()).isZero();
    }

    @Test
    void noVariationLeavesEveryStatisticUndefinedWithANoteNeverNaN() {
        for (String item : new String[]{"P1", "P10"}) {
            answers.questionnaire("CR", "q1", "ngo").answer(item, code("yes"));
            answers.questionnaire("CR", "q2", "expert").answer(item, code("yes"));
            answers.interview("CR", "i1", "immigration").answer(item, code("yes"));
        }
        Reliability cr = answers.verify().reliability().get(0);
        assertThat(cr.nominalUnits()).isEqualTo(2);
        assertThat(cr.alphaNominal()).isNull();
        assertThat(cr.binaryUnitsCompared()).isEqualTo(2);
        assertThat(cr.kappaStages()).isNull();
        assertThat(cr.note()).contains("alpha_nominal: no variation", "alpha_ordinal: ", "kappa_stages: no variation");
    }

    @Test
    void aStageSplitExactlyInHalfOnAnOptionHasNoConsensus() {
        assertThat(ReliabilityCalculator.consensus(new Mentions(1, 2))).isNull();
        assertThat(ReliabilityCalculator.consensus(new Mentions(0, 0))).isNull();
        assertThat(ReliabilityCalculator.consensus(new Mentions(2, 3))).isEqualTo("yes");
        assertThat(ReliabilityCalculator.consensus(new Mentions(1, 3))).isEqualTo("no");
    }

    @Test
    void aTiedStageHasNoConsensusOnAYesNoItem() {
        answers.questionnaire("CR", "q1", "ngo").answer("P1", code("yes"));
        answers.questionnaire("CR", "q2", "ngo").answer("P1", code("no"));
        answers.interview("CR", "i1", "immigration").answer("P1", code("yes"));
        assertThat(answers.verify().reliability().get(0).binaryUnitsCompared()).isZero();
    }
}
