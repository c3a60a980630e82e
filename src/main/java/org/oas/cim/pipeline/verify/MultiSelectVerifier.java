package org.oas.cim.pipeline.verify;

import org.oas.cim.pipeline.codebook.Codebook;
import org.oas.cim.pipeline.codebook.Item;
import org.oas.cim.pipeline.normalize.Value;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * Select_multiple items (src/site/markdown/protocol/verification.md, "Multi-select indicators"): one row per option
 * named by at least one respondent of the scope, in choice-list order, with mentions and n per stage.
 */
final class MultiSelectVerifier {
    private final Codebook codebook;

    MultiSelectVerifier(Codebook codebook) {
        this.codebook = codebook;
    }

    List<OptionFinding> verify(ScopedAnswers scope, Item item) {
        List<VerifiableAnswer> answers = scope.answers(item.code());
        List<List<String>> stage1 = votes(Votes.ofStage(answers, 1));
        List<List<String>> stage2 = votes(Votes.ofStage(answers, 2));
        List<Long> evidence = Votes.evidence(answers, MultiSelectVerifier::isVote);
        return named(answers, item).stream().map(option -> {
            Mentions m1 = mentions(stage1, option);
            Mentions m2 = mentions(stage2, option);
            return new OptionFinding(scope.country(), scope.region(), item.code(), option, m1, m2, status(m1, m2), evidence);
        }).toList();
    }

    /** The options named in the answers, in choice-list order. */
    List<String> named(Collection<VerifiableAnswer> answers, Item item) {
        TreeSet<String> named = new TreeSet<>(ChoiceOrder.of(codebook, item.listName()));
        votes(answers).forEach(named::addAll);
        return List.copyOf(named);
    }

    static boolean isVote(Value value) {
        return value instanceof Value.Codes;
    }

    /** Each known answer's codes. */
    static List<List<String>> votes(Collection<VerifiableAnswer> answers) {
        return answers.stream().map(VerifiableAnswer::value).filter(MultiSelectVerifier::isVote)
                .map(v -> ((Value.Codes) v).codes()).toList();
    }

    static Mentions mentions(List<List<String>> votes, String option) {
        return new Mentions((int) votes.stream().filter(codes -> codes.contains(option)).count(), votes.size());
    }

    private static Status status(Mentions stage1, Mentions stage2) {
        if (stage1.mentions() > 0 && stage2.mentions() > 0) {
            return Status.CORROBORATED;
        }
        Mentions silent = stage1.mentions() > 0 ? stage2 : stage1;
        if (silent.n() > 0) {
            return Status.UNCONFIRMED;
        }
        return stage1.mentions() > 0 ? Status.STAGE1_ONLY : Status.STAGE2_ONLY;
    }
}
