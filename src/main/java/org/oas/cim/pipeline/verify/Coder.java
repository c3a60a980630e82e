package org.oas.cim.pipeline.verify;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * One respondent of one stage. The same pseudonym in both stages is two coders: a questionnaire and an
 * interview are two instruments.
 */
record Coder(int stage, String respondent) {
    static final Comparator<Coder> ORDER = Comparator.comparingInt(Coder::stage).thenComparing(Coder::respondent);

    static Coder of(VerifiableAnswer answer) {
        return new Coder(answer.stage(), answer.respondent());
    }

    /** The coders behind some answers, by stage then pseudonym. */
    static List<Coder> of(Collection<VerifiableAnswer> answers) {
        return answers.stream().map(Coder::of).distinct().sorted(ORDER).toList();
    }
}
