package org.oas.cim.pipeline.page;

import org.oas.cim.pipeline.codebook.Codebook;
import org.oas.cim.pipeline.normalize.Value;
import org.oas.cim.pipeline.verify.CrossVerifier;
import org.oas.cim.pipeline.verify.Findings;
import org.oas.cim.pipeline.verify.VerifiableAnswer;
import org.oas.cim.pipeline.verify.VerificationSettings;

import java.util.ArrayList;
import java.util.List;

/** A phase's current answers, respondent by respondent, as the database would hand them to verification. */
final class PhaseAnswers {
    private final List<VerifiableAnswer> answers = new ArrayList<>();
    private long nextId = 1;

    Respondent questionnaire(String country, String pseudonym, String type) {
        return new Respondent(country, null, 1, pseudonym, type);
    }

    Respondent interview(String country, String pseudonym, String type) {
        return new Respondent(country, null, 2, pseudonym, type);
    }

    Findings verify(Codebook codebook) {
        return new CrossVerifier(codebook, VerificationSettings.defaults()).verify(answers);
    }

    static Value code(String code) {
        return new Value.Code(code);
    }

    static Value codes(String... codes) {
        return new Value.Codes(List.of(codes), null);
    }

    static Value exact(long n) {
        return new Value.Interval(n, n, false);
    }

    static Value range(long low, long high) {
        return new Value.Interval(low, high, false);
    }

    static Value over(long low) {
        return new Value.Interval(low, null, false);
    }

    static Value about(long n) {
        return new Value.Interval(n, n, true);
    }

    static Value unknown() {
        return new Value.Unknown();
    }

    static Value missing() {
        return new Value.Missing();
    }

    /** One response: its answers share the respondent's fields. */
    final class Respondent {
        private final String country;
        private final String region;
        private final int stage;
        private final String pseudonym;
        private final String type;

        private Respondent(String country, String region, int stage, String pseudonym, String type) {
            this.country = country;
            this.region = region;
            this.stage = stage;
            this.pseudonym = pseudonym;
            this.type = type;
        }

        /** The same respondent, answering for one of the phase's regions. */
        Respondent in(String regionId) {
            return new Respondent(country, regionId, stage, pseudonym, type);
        }

        Respondent answer(String item, Value value) {
            answers.add(new VerifiableAnswer(country, region, stage, pseudonym, type, null, item, value, 1, nextId++, null));
            return this;
        }
    }
}
