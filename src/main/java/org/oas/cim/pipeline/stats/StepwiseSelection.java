package org.oas.cim.pipeline.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.commons.math3.special.Gamma;

/**
 * The stepwise model choice of Chan, Silverman and Vincent (2019), as their SparseMSE package makes it by
 * default (estimation.md): from the independence model, add one two-list interaction at a time, the one
 * whose overlap the current model explains worst, while its p-value is below the threshold.
 *
 * <p>An interaction's p-value is min(P(X ≤ n*), P(X ≥ n*)) for X ~ Poisson(λ*), n* the people on both lists
 * and λ* the overlap the current model expects. An interaction whose addition would leave the model without
 * a finite, identifiable estimate ({@link MaximumLikelihoodCheck}) counts as p = 1. Ties go to the first
 * pair in list order.
 */
public final class StepwiseSelection {
    /** SparseMSE's default threshold, and estimation.md's. */
    public static final double DEFAULT_THRESHOLD = 0.02;

    /**
     * One interaction added.
     *
     * @param pair   the two lists
     * @param pValue its p-value against the model it was added to
     */
    public record Step(ListPair pair, double pValue) {
    }

    /**
     * The model chosen.
     *
     * @param steps        the interactions in the order they were added
     * @param chosen       the fit of the model with all of them
     * @param independence the fit of the main-effects model it started from
     */
    public record Selection(List<Step> steps, LogLinearFit chosen, LogLinearFit independence) {
        public Selection {
            steps = List.copyOf(steps);
        }
    }

    private StepwiseSelection() {
    }

    /**
     * The chosen model, or empty when the independence model has no finite, identifiable estimate or a
     * fit fails (see {@link PoissonGlm#fit}).
     *
     * @param threshold an interaction enters only with a p-value below it
     */
    public static Optional<Selection> select(CaptureHistories table, double threshold) {
        LogLinearModel model = LogLinearModel.independence(table);
        if (MaximumLikelihoodCheck.check(model) != MaximumLikelihoodCheck.Verdict.ESTIMABLE) {
            return Optional.empty();
        }
        Optional<LogLinearFit> independence = model.fit();
        if (independence.isEmpty()) {
            return Optional.empty();
        }
        LogLinearFit current = independence.get();
        List<Step> steps = new ArrayList<>();
        for (Optional<Step> next = nextStep(current, threshold); next.isPresent(); next = nextStep(current, threshold)) {
            Optional<LogLinearFit> refit = current.model().with(next.get().pair()).fit();
            if (refit.isEmpty()) {
                return Optional.empty();
            }
            steps.add(next.get());
            current = refit.get();
        }
        return Optional.of(new Selection(steps, current, independence.get()));
    }

    /**
     * The interaction to add to {@code fit}'s model, if any. The existence check is a linear programme per
     * candidate, so it is run only on candidates that could win, in the order they would: the first that
     * passes is the one with the smallest p-value once the others count as p = 1.
     */
    private static Optional<Step> nextStep(LogLinearFit fit, double threshold) {
        CaptureHistories table = fit.model().table();
        List<Step> candidates = new ArrayList<>();
        for (ListPair pair : table.pairs()) {
            if (!fit.model().interactions().contains(pair)) {
                double p = pValue(table.overlap(pair), fit.expectedOverlap(pair));
                if (p < threshold) {
                    candidates.add(new Step(pair, p));
                }
            }
        }
        // A stable sort keeps list order among equal p-values: the tie rule.
        candidates.sort(Comparator.comparingDouble(Step::pValue));
        return candidates.stream()
                .filter(step -> MaximumLikelihoodCheck.check(fit.model().with(step.pair()))
                        == MaximumLikelihoodCheck.Verdict.ESTIMABLE)
                .findFirst();
    }

    /** min(P(X ≤ observed), P(X ≥ observed)) for X ~ Poisson(expected). */
    static double pValue(long observed, double expected) {
        // P(X ≤ n) = Q(n + 1, λ) and P(X ≥ n) = P(n, λ), the regularized incomplete gamma functions.
        double atMost = Gamma.regularizedGammaQ(observed + 1.0, expected);
        double atLeast = observed == 0 ? 1 : Gamma.regularizedGammaP(observed, expected);
        return Math.min(atMost, atLeast);
    }
}
