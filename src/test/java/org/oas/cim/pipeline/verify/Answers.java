package org.oas.cim.pipeline.verify;

import org.oas.cim.pipeline.codebook.Codebook;
import org.oas.cim.pipeline.codebook.CodebookLoader;
import org.oas.cim.pipeline.normalize.Value;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds a phase's answers respondent by respondent, with increasing answer ids, as the database would hold them. */
final class Answers {
    static final Codebook CODEBOOK = CodebookLoader.load(Path.of("jobs"));

    private final List<VerifiableAnswer> answers = new ArrayList<>();
    private long nextId = 1;

    Respondent questionnaire(String country, String pseudonym, String type) {
        return new Respondent(country, null, 1, pseudonym, type, null, null);
    }

    Respondent interview(String country, String pseudonym, String type) {
        return new Respondent(country, null, 2, pseudonym, type, null, null);
    }

    List<VerifiableAnswer> all() {
        return List.copyOf(answers);
    }

    Findings verify() {
        return verify(VerificationSettings.defaults());
    }

    Findings verify(VerificationSettings settings) {
        return new CrossVerifier(CODEBOOK, settings).verify(answers);
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

    static Value count(long n) {
        return new Value.Count(n);
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
        private final String organization;
        private final LocalDate date;
        private long fileOrder = 1;

        private Respondent(String country, String region, int stage, String pseudonym, String type, String organization, LocalDate date) {
            this.country = country;
            this.region = region;
            this.stage = stage;
            this.pseudonym = pseudonym;
            this.type = type;
            this.organization = organization;
            this.date = date;
        }

        Respondent in(String regionId) {
            return new Respondent(country, regionId, stage, pseudonym, type, organization, date);
        }

        Respondent of(String organizationName) {
            return new Respondent(country, region, stage, pseudonym, type, organizationName, date);
        }

        Respondent on(LocalDate responseDate) {
            return new Respondent(country, region, stage, pseudonym, type, organization, responseDate);
        }

        /** The response came in the file that arrived {@code order}-th (1 unless said). */
        Respondent fromFile(long order) {
            Respondent respondent = new Respondent(country, region, stage, pseudonym, type, organization, date);
            respondent.fileOrder = order;
            return respondent;
        }

        Respondent answer(String item, Value value) {
            answers.add(new VerifiableAnswer(country, region, stage, pseudonym, type, organization, item, value, fileOrder, nextId++, date));
            return this;
        }

        /** The id the last answer got. */
        long lastId() {
            return nextId - 1;
        }
    }
}
