package org.oas.cim.pipeline.stats;

/**
 * Fleiss' kappa for a fixed number of raters per subject (Fleiss 1971, "Measuring nominal scale agreement
 * among many raters"). With N subjects, m raters each and {@code n_ij} raters putting subject i in
 * category j:
 *
 * <pre>
 *   P_i = (Σ_j n_ij² − m) / (m (m − 1)),   P̄ = mean of P_i,
 *   p_j = Σ_i n_ij / (N m),   P_e = Σ_j p_j²,   κ = (P̄ − P_e) / (1 − P_e)
 * </pre>
 *
 * The raters need not be the same people from subject to subject, but their number must be: where it
 * differs the statistic is undefined (Krippendorff's alpha is the measure for unequal numbers).
 */
public final class FleissKappa {

    /**
     * @param kappa             Fleiss' kappa
     * @param observedAgreement P̄, the mean share of agreeing rater pairs per subject
     * @param expectedAgreement P_e, the agreement expected by chance from the category shares
     * @param subjects          N, the number of subjects (rows)
     * @param raters            m, the number of raters per subject, or 0 when it is not the same for all
     */
    public record Result(Statistic kappa, Statistic observedAgreement, Statistic expectedAgreement,
                         int subjects, long raters) {
    }

    private FleissKappa() {
    }

    /**
     * Fleiss' kappa from counts.
     *
     * @param counts {@code counts[subject][category]}: how many raters put the subject in the category;
     *               every row as long as the first
     * @return kappa, undefined when there are no subjects, the subjects have different numbers of raters,
     *         there are fewer than two raters per subject, or all ratings fall in one category
     * @throws IllegalArgumentException when rows differ in length or a count is negative
     */
    public static Result of(long[][] counts) {
        int subjects = counts.length;
        int categories = subjects == 0 ? 0 : counts[0].length;
        long raters = -1;
        boolean sameRaters = true;
        for (long[] row : counts) {
            if (row.length != categories) {
                throw new IllegalArgumentException("every subject needs the same number of categories, "
                        + categories + " and " + row.length + " found");
            }
            long m = 0;
            for (long count : row) {
                if (count < 0) {
                    throw new IllegalArgumentException("a count is negative: " + count);
                }
                m += count;
            }
            sameRaters &= raters < 0 || m == raters;
            raters = raters < 0 ? m : raters;
        }
        if (subjects == 0) {
            return undefined("no subjects", 0, 0);
        }
        if (!sameRaters) {
            return undefined("subjects were rated by different numbers of raters", subjects, 0);
        }
        if (raters < 2) {
            return undefined("fewer than two raters per subject", subjects, raters);
        }
        double observed = 0;
        long[] perCategory = new long[categories];
        for (long[] row : counts) {
            long sumOfSquares = 0;
            for (int j = 0; j < categories; j++) {
                sumOfSquares += row[j] * row[j];
                perCategory[j] += row[j];
            }
            observed += (double) (sumOfSquares - raters) / (raters * (raters - 1));
        }
        observed /= subjects;
        double expected = 0;
        for (long total : perCategory) {
            double share = (double) total / ((double) subjects * raters);
            expected += share * share;
        }
        Statistic observedAgreement = Statistic.defined(observed);
        Statistic expectedAgreement = Statistic.defined(expected);
        if (expected >= 1) {
            return new Result(Statistic.undefined("no variation: expected agreement is 1"),
                    observedAgreement, expectedAgreement, subjects, raters);
        }
        return new Result(Statistic.defined((observed - expected) / (1 - expected)),
                observedAgreement, expectedAgreement, subjects, raters);
    }

    private static Result undefined(String reason, int subjects, long raters) {
        Statistic none = Statistic.undefined(reason);
        return new Result(none, none, none, subjects, raters);
    }
}
