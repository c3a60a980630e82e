package org.oas.cim.pipeline.verify;

import org.oas.cim.pipeline.codebook.Codebook;
import org.oas.cim.pipeline.codebook.Item;
import org.oas.cim.pipeline.normalize.Value;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Select_one items (src/site/markdown/protocol/verification.md, "Categorical indicators"): per stage and overall, the
 * modal code with its share, or for an ordinal list the median category (the lower middle one for an even count); the
 * stages agree when their modes are equal and neither is a tie, or when their medians are at most the configured steps
 * apart.
 */
final class CategoricalVerifier {
    private final Codebook codebook;
    private final VerificationSettings settings;

    CategoricalVerifier(Codebook codebook, VerificationSettings settings) {
        this.codebook = codebook;
        this.settings = settings;
    }

    IndicatorFinding verify(ScopedAnswers scope, Item item) {
        List<VerifiableAnswer> answers = scope.answers(item.code());
        boolean ordinal = codebook.isOrdinal(item);
        Map<String, Integer> ranks = ordinal ? ChoiceOrder.ranks(codebook.list(item.listName())) : Map.of();
        Consensus overall = consensus(votes(answers), ranks, ordinal);
        Consensus stage1 = consensus(votes(Votes.ofStage(answers, 1)), ranks, ordinal);
        Consensus stage2 = consensus(votes(Votes.ofStage(answers, 2)), ranks, ordinal);
        int unknown = (int) answers.stream().filter(a -> Votes.isUnknown(a.value())).count();
        Status status = Status.of(stage1.n(), stage2.n(), () -> ordinal
                ? Math.abs(ranks.get(stage1.code()) - ranks.get(stage2.code())) <= settings.ordinalStep()
                : stage1.isDefined() && stage1.code().equals(stage2.code()));
        return new IndicatorFinding(scope.country(), scope.region(), item.code(), ordinal, overall, unknown,
                stage1, stage2, status, Votes.evidence(answers, CategoricalVerifier::isVote));
    }

    static boolean isVote(Value value) {
        return value instanceof Value.Code && !Votes.isUnknown(value);
    }

    private static List<String> votes(Collection<VerifiableAnswer> answers) {
        return answers.stream().map(VerifiableAnswer::value).filter(CategoricalVerifier::isVote)
                .map(v -> ((Value.Code) v).code()).toList();
    }

    private static Consensus consensus(List<String> codes, Map<String, Integer> ranks, boolean ordinal) {
        if (codes.isEmpty()) {
            return Consensus.none();
        }
        return ordinal ? median(codes, ranks) : mode(codes);
    }

    private static Consensus mode(List<String> codes) {
        Map<String, Integer> counts = new TreeMap<>();
        codes.forEach(code -> counts.merge(code, 1, Integer::sum));
        int top = counts.values().stream().max(Integer::compare).orElseThrow();
        List<String> modal = counts.entrySet().stream().filter(e -> e.getValue() == top).map(Map.Entry::getKey).toList();
        double share = (double) top / codes.size();
        return modal.size() == 1
                ? new Consensus(modal.get(0), false, share, codes.size())
                : new Consensus(null, true, share, codes.size());
    }

    private static Consensus median(List<String> codes, Map<String, Integer> ranks) {
        List<String> sorted = codes.stream().sorted(Comparator.comparingInt(code -> ChoiceOrder.rank(ranks, code))).toList();
        return new Consensus(sorted.get((sorted.size() - 1) / 2), false, null, codes.size());
    }
}
