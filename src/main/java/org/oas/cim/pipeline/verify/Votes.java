package org.oas.cim.pipeline.verify;

import org.oas.cim.pipeline.codebook.ChoiceList;
import org.oas.cim.pipeline.normalize.Value;

import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

/** Which answers are votes, which are "don't know", and the evidence they make. */
final class Votes {
    private Votes() {
    }

    /** "Don't know", whether the normalizer kept it as {@link Value.Unknown} or as the list's {@code unknown} code. */
    static boolean isUnknown(Value value) {
        return value instanceof Value.Unknown
                || value instanceof Value.Code code && ChoiceList.UNKNOWN.equals(code.code());
    }

    /** The ids of the answers that are votes (by {@code isVote}) or "don't know", ascending. */
    static List<Long> evidence(Collection<VerifiableAnswer> answers, Predicate<Value> isVote) {
        return answers.stream()
                .filter(a -> isVote.test(a.value()) || isUnknown(a.value()))
                .map(VerifiableAnswer::answerId)
                .sorted()
                .toList();
    }

    static List<VerifiableAnswer> ofStage(Collection<VerifiableAnswer> answers, int stage) {
        return answers.stream().filter(a -> a.stage() == stage).toList();
    }
}
