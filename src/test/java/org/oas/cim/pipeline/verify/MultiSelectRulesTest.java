package org.oas.cim.pipeline.verify;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oas.cim.pipeline.verify.Answers.codes;
import static org.oas.cim.pipeline.verify.Answers.unknown;
import static org.oas.cim.pipeline.verify.Rows.option;

/** Multi-select options: which stage names them, and whether the other stage answered the item at all. */
class MultiSelectRulesTest {
    private final Answers answers = new Answers();

    @Test
    void anOptionTheOtherStageAnsweredWithoutIsUnconfirmed() {
        answers.questionnaire("CR", "q", "ngo").answer("P2", codes("origin"));
        answers.interview("CR", "i", "immigration").answer("P2", codes("transit"));
        Findings findings = answers.verify();
        assertThat(option(findings, "CR", null, "P2", "origin").status()).isEqualTo(Status.UNCONFIRMED);
        assertThat(option(findings, "CR", null, "P2", "transit").status()).isEqualTo(Status.UNCONFIRMED);
    }

    @Test
    void anOptionTheOtherStageNeverAnsweredIsStageOnly() {
        answers.questionnaire("CR", "q", "ngo").answer("P2", codes("origin"));
        answers.interview("CR", "i", "immigration").answer("P2", unknown());
        OptionFinding origin = option(answers.verify(), "CR", null, "P2", "origin");
        assertThat(origin.stage2()).isEqualTo(new Mentions(0, 0));
        assertThat(origin.status()).isEqualTo(Status.STAGE1_ONLY);
    }

    @Test
    void anOptionOnlyInterviewsNameWithNoQuestionnaireAnswerIsStageTwoOnly() {
        answers.interview("CR", "i", "immigration").answer("P2", codes("destination"));
        assertThat(option(answers.verify(), "CR", null, "P2", "destination").status()).isEqualTo(Status.STAGE2_ONLY);
    }

    @Test
    void anEmptySelectionIsAKnownAnswerNamingNothing() {
        answers.questionnaire("CR", "q", "ngo").answer("P2", codes("origin"));
        answers.interview("CR", "i", "immigration").answer("P2", codes());
        OptionFinding origin = option(answers.verify(), "CR", null, "P2", "origin");
        assertThat(origin.stage2()).isEqualTo(new Mentions(0, 1));
        assertThat(origin.status()).isEqualTo(Status.UNCONFIRMED);
    }

    @Test
    void onlyNamedOptionsBecomeRowsInListOrderCountriesInCountryListOrder() {
        answers.questionnaire("CR", "q1", "ngo").answer("P2", codes("destination", "origin")).answer("P7", codes("NI", "CO"));
        answers.interview("CR", "i1", "immigration").answer("P7", codes("NI"));
        Findings findings = answers.verify();
        assertThat(findings.options()).extracting(o -> o.indicator() + ":" + o.option())
                .containsExactly("P2:origin", "P2:destination", "P7:CO", "P7:NI");
        assertThat(option(findings, "CR", null, "P7", "NI").status()).isEqualTo(Status.CORROBORATED);
    }
}
