package org.oas.cim.pipeline.verify;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oas.cim.pipeline.verify.Answers.code;
import static org.oas.cim.pipeline.verify.Answers.missing;
import static org.oas.cim.pipeline.verify.Rows.indicator;

/** The same pseudonym in the same stage counts once: the latest response wins. */
class DuplicateRespondentsTest {
    private final Answers answers = new Answers();

    @Test
    void theLatestResponseDateWinsWhateverTheOrderOfArrival() {
        long later = answers.questionnaire("CR", "q", "ngo").on(LocalDate.of(2002, 3, 1)).answer("P1", code("yes")).lastId();
        answers.questionnaire("CR", "q", "ngo").on(LocalDate.of(2002, 1, 10)).answer("P1", code("no"));
        assertThat(DuplicateRespondents.resolve(answers.all())).extracting(VerifiableAnswer::answerId).containsExactly(later);
    }

    @Test
    void onTheSameDateTheLargerAnswerIdWins() {
        LocalDate day = LocalDate.of(2002, 3, 1);
        answers.questionnaire("CR", "q", "ngo").on(day).answer("P1", code("yes"));
        long larger = answers.questionnaire("CR", "q", "ngo").on(day).answer("P1", code("no")).lastId();
        assertThat(DuplicateRespondents.resolve(answers.all())).extracting(VerifiableAnswer::answerId).containsExactly(larger);
    }

    @Test
    void onTheSameDateTheLaterFileWinsWhateverTheAnswerIds() {
        LocalDate day = LocalDate.of(2002, 3, 1);
        long laterFile = answers.questionnaire("CR", "q", "ngo").on(day).fromFile(2).answer("P1", code("yes")).lastId();
        answers.questionnaire("CR", "q", "ngo").on(day).fromFile(1).answer("P1", code("no"));
        assertThat(DuplicateRespondents.resolve(answers.all())).extracting(VerifiableAnswer::answerId).containsExactly(laterFile);
    }

    @Test
    void anUndatedResponseIsOlderThanADatedOne() {
        long dated = answers.questionnaire("CR", "q", "ngo").on(LocalDate.of(2001, 1, 1)).answer("P1", code("yes")).lastId();
        answers.questionnaire("CR", "q", "ngo").answer("P1", code("no"));
        assertThat(DuplicateRespondents.resolve(answers.all())).extracting(VerifiableAnswer::answerId).containsExactly(dated);
    }

    @Test
    void aLaterBlankOverridesAnEarlierAnswer() {
        answers.questionnaire("CR", "q", "ngo").on(LocalDate.of(2002, 1, 1)).answer("P1", code("yes"));
        answers.questionnaire("CR", "q", "ngo").on(LocalDate.of(2002, 2, 1)).answer("P1", missing());
        assertThat(indicator(answers.verify(), "P1").status()).isEqualTo(Status.NO_DATA);
    }

    @Test
    void theSamePseudonymInBothStagesIsTwoRespondents() {
        answers.questionnaire("CR", "casa-alianza", "ngo").answer("P1", code("yes"));
        answers.interview("CR", "casa-alianza", "local_ngo").answer("P1", code("yes"));
        assertThat(DuplicateRespondents.resolve(answers.all())).hasSize(2);
        assertThat(indicator(answers.verify(), "P1").status()).isEqualTo(Status.CORROBORATED);
    }

    @Test
    void aDuplicateRespondentCountsOnceInFindingsAndSources() {
        answers.questionnaire("CR", "q", "ngo").on(LocalDate.of(2002, 1, 10)).answer("P1", code("no"));
        answers.questionnaire("CR", "q", "expert").on(LocalDate.of(2002, 3, 1)).answer("P1", code("yes"));
        answers.questionnaire("CR", "other", "ngo").answer("P1", code("yes"));
        Findings findings = answers.verify();
        assertThat(indicator(findings, "P1").overall()).isEqualTo(new Consensus("yes", false, 1.0, 2));
        assertThat(findings.sources()).extracting(s -> s.sourceType() + " " + s.respondents())
                .containsExactly("ngo 1", "expert 1");
    }

    @Test
    void resolvedAnswersComeInAnswerIdOrder() {
        answers.questionnaire("CR", "b", "ngo").answer("P1", code("yes")).answer("P10", code("no"));
        answers.questionnaire("CR", "a", "ngo").answer("P1", code("yes"));
        List<VerifiableAnswer> reversed = new ArrayList<>(answers.all());
        Collections.reverse(reversed);
        List<Long> ids = DuplicateRespondents.resolve(reversed).stream().map(VerifiableAnswer::answerId).toList();
        assertThat(ids).containsExactly(1L, 2L, 3L);
    }
}
