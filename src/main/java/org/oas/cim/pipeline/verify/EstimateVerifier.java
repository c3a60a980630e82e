package org.oas.cim.pipeline.verify;

import org.oas.cim.pipeline.codebook.Item;
import org.oas.cim.pipeline.normalize.Value;
import org.oas.cim.pipeline.stats.Quantiles;
import org.oas.cim.pipeline.stats.Statistic;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Estimates (src/site/markdown/protocol/verification.md, "Estimates"): each known answer is an interval whose point
 * value is its midpoint, or its low bound where it is open; the stages agree when the larger stage median is at most
 * the tolerance factor times the smaller (both 0 agree, one 0 does not).
 */
final class EstimateVerifier {
    private final VerificationSettings settings;

    EstimateVerifier(VerificationSettings settings) {
        this.settings = settings;
    }

    EstimateFinding verify(ScopedAnswers scope, Item item) {
        List<VerifiableAnswer> answers = scope.answers(item.code());
        List<Value.Interval> all = intervals(answers);
        StageEstimate stage1 = stage(intervals(Votes.ofStage(answers, 1)));
        StageEstimate stage2 = stage(intervals(Votes.ofStage(answers, 2)));
        Status status = Status.of(stage1.n(), stage2.n(), () -> agree(stage1.median(), stage2.median()));
        Double ratio = stage1.median() == null || stage2.median() == null || stage2.median() == 0
                ? null : stage1.median() / stage2.median();
        List<Long> evidence = Votes.evidence(answers, EstimateVerifier::isVote);
        double[] x = points(all);
        boolean open = all.stream().anyMatch(i -> i.high() == null);
        return new EstimateFinding(scope.country(), scope.region(), item.code(), all.size(),
                Quantiles.median(x).value(), Quantiles.quantile(x, 0.25).value(), Quantiles.quantile(x, 0.75).value(),
                all.stream().map(Value.Interval::low).min(Long::compare).orElse(null),
                open ? null : all.stream().map(Value.Interval::high).filter(Objects::nonNull).max(Long::compare).orElse(null),
                open, (int) all.stream().filter(Value.Interval::approximate).count(),
                Quantiles.outlierCount(x, settings.outlierK()), stage1, stage2, ratio, status, evidence);
    }

    static boolean isVote(Value value) {
        return value instanceof Value.Interval;
    }

    private static List<Value.Interval> intervals(Collection<VerifiableAnswer> answers) {
        return answers.stream().map(VerifiableAnswer::value).filter(EstimateVerifier::isVote)
                .map(Value.Interval.class::cast).toList();
    }

    private static double[] points(List<Value.Interval> intervals) {
        return intervals.stream().mapToDouble(Value.Interval::point).toArray();
    }

    private static StageEstimate stage(List<Value.Interval> intervals) {
        Statistic median = Quantiles.median(points(intervals));
        return new StageEstimate(intervals.size(), median.value());
    }

    private boolean agree(double median1, double median2) {
        if (median1 == 0 || median2 == 0) {
            return median1 == median2;
        }
        return Math.max(median1, median2) <= settings.estimateTolerance() * Math.min(median1, median2);
    }
}
