package org.oas.cim.pipeline.stats;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Cohen's kappa between two raters, unweighted or weighted, with its asymptotic standard error.
 *
 * <p>With {@code p_ij} the share of items put in category i by rater 1 and j by rater 2, marginals
 * {@code p_i.} and {@code p_.j}, and agreement weights {@code w_ij} (1 on the diagonal):
 *
 * <pre>
 *   p_o = Σ w_ij p_ij,   p_e = Σ w_ij p_i. p_.j,   κ = (p_o − p_e) / (1 − p_e)            (Cohen 1960, 1968)
 *   var(κ) = [Σ p_ij (w_ij − (w̄_i. + w̄_.j)(1 − κ))² − (κ − p_e (1 − κ))²] / (n (1 − p_e)²)
 *   with w̄_i. = Σ_j p_.j w_ij and w̄_.j = Σ_i p_i. w_ij      (Fleiss, Cohen &amp; Everitt 1969)
 * </pre>
 *
 * The standard error is the non-null one (for a confidence interval around κ, not for testing κ = 0).
 */
public final class CohenKappa {

    /** Agreement weights between categories i and j of k, in the order the categories are given. */
    public enum Weights {
        /** 1 when i = j, else 0: plain kappa. */
        NONE,
        /** 1 − |i − j| / (k − 1). */
        LINEAR,
        /** 1 − ((i − j) / (k − 1))². */
        QUADRATIC
    }

    /**
     * @param kappa             Cohen's kappa
     * @param standardError     its asymptotic standard error (Fleiss, Cohen &amp; Everitt 1969)
     * @param observedAgreement p_o, the weighted share of agreement
     * @param expectedAgreement p_e, the weighted agreement expected by chance from the marginals
     * @param n                 the number of items both raters rated
     */
    public record Result(Statistic kappa, Statistic standardError, Statistic observedAgreement,
                         Statistic expectedAgreement, long n) {
    }

    private CohenKappa() {
    }

    /**
     * Kappa from a square contingency table of counts.
     *
     * @param table   {@code table[i][j]}: items put in category i by rater 1 (rows) and j by rater 2
     *                (columns); categories in the same order on both sides, that order used by the weights
     * @throws IllegalArgumentException when the table is not square or holds a negative count
     */
    public static Result fromTable(long[][] table, Weights weights) {
        Objects.requireNonNull(weights, "weights");
        int k = table.length;
        long n = 0;
        for (long[] row : table) {
            if (row.length != k) {
                throw new IllegalArgumentException("the table must be square, found a row of " + row.length
                        + " in a table of " + k);
            }
            for (long count : row) {
                if (count < 0) {
                    throw new IllegalArgumentException("a count is negative: " + count);
                }
                n += count;
            }
        }
        if (n == 0) {
            Statistic none = Statistic.undefined("no item rated by both raters");
            return new Result(none, none, none, none, 0);
        }
        return compute(table, weightMatrix(k, weights), n);
    }

    /**
     * Kappa from two parallel lists of labels: item i is {@code rater1.get(i)} against
     * {@code rater2.get(i)}; a pair with a null (missing) on either side is dropped.
     *
     * @param categories every label that occurs, each once, in the order the weights use
     * @throws IllegalArgumentException when the lists differ in length, a label is not in
     *                                  {@code categories}, or {@code categories} repeats one
     */
    public static Result fromLabels(List<String> rater1, List<String> rater2, List<String> categories,
                                    Weights weights) {
        if (rater1.size() != rater2.size()) {
            throw new IllegalArgumentException("the raters' lists differ in length: " + rater1.size()
                    + " and " + rater2.size());
        }
        Map<String, Integer> index = new HashMap<>();
        for (String category : categories) {
            if (index.putIfAbsent(Objects.requireNonNull(category, "category"), index.size()) != null) {
                throw new IllegalArgumentException("category '" + category + "' is given twice");
            }
        }
        long[][] table = new long[index.size()][index.size()];
        for (int i = 0; i < rater1.size(); i++) {
            String a = rater1.get(i);
            String b = rater2.get(i);
            if (a != null && b != null) {
                table[indexOf(index, a)][indexOf(index, b)]++;
            }
        }
        return fromTable(table, weights);
    }

    /**
     * Unweighted kappa from two parallel lists of labels, whatever they are; a pair with a null (missing)
     * on either side is dropped.
     */
    public static Result fromLabels(List<String> rater1, List<String> rater2) {
        TreeSet<String> categories = new TreeSet<>();
        rater1.stream().filter(Objects::nonNull).forEach(categories::add);
        rater2.stream().filter(Objects::nonNull).forEach(categories::add);
        return fromLabels(rater1, rater2, List.copyOf(categories), Weights.NONE);
    }

    private static int indexOf(Map<String, Integer> index, String label) {
        Integer i = index.get(label);
        if (i == null) {
            throw new IllegalArgumentException("label '" + label + "' is not among the categories");
        }
        return i;
    }

    private static Result compute(long[][] table, double[][] w, long n) {
        int k = table.length;
        double[][] p = new double[k][k];
        double[] rows = new double[k];
        double[] cols = new double[k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                p[i][j] = (double) table[i][j] / n;
                rows[i] += p[i][j];
                cols[j] += p[i][j];
            }
        }
        double po = 0;
        double pe = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                po += w[i][j] * p[i][j];
                pe += w[i][j] * rows[i] * cols[j];
            }
        }
        Statistic observed = Statistic.defined(po);
        Statistic expected = Statistic.defined(pe);
        if (pe >= 1) {
            Statistic none = Statistic.undefined("no variation: expected agreement is 1");
            return new Result(none, none, observed, expected, n);
        }
        double kappa = (po - pe) / (1 - pe);
        double[] rowWeight = new double[k];
        double[] colWeight = new double[k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                rowWeight[i] += cols[j] * w[i][j];
                colWeight[j] += rows[i] * w[i][j];
            }
        }
        double spread = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double d = w[i][j] - (rowWeight[i] + colWeight[j]) * (1 - kappa);
                spread += p[i][j] * d * d;
            }
        }
        double centre = kappa - pe * (1 - kappa);
        // The numerator is a variance (Σ p a² − (Σ p a)²), never negative except by rounding.
        double variance = Math.max(0, spread - centre * centre) / (n * (1 - pe) * (1 - pe));
        return new Result(Statistic.defined(kappa), Statistic.ofFinite(Math.sqrt(variance),
                "expected agreement too close to 1 for a standard error"), observed, expected, n);
    }

    private static double[][] weightMatrix(int k, Weights weights) {
        double[][] w = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double distance = k == 1 ? 0 : Math.abs(i - j) / (double) (k - 1);
                w[i][j] = switch (weights) {
                    case NONE -> i == j ? 1 : 0;
                    case LINEAR -> 1 - distance;
                    case QUADRATIC -> 1 - distance * distance;
                };
            }
        }
        return w;
    }
}
