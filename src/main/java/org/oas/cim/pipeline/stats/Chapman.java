package org.oas.cim.pipeline.stats;

import java.util.Optional;

/**
 * Chapman's two-list estimate of a closed population, with its variance and a normal 95 % interval
 * floored at the people seen (estimation.md):
 *
 * <pre>
 *   N = (n1 + 1)(n2 + 1) / (m + 1) − 1
 *   var(N) = (n1 + 1)(n2 + 1)(n1 − m)(n2 − m) / ((m + 1)² (m + 2))
 *   interval: N ± z·√var(N), z = R's qnorm(0.975), neither end below n1 + n2 − m
 * </pre>
 */
public final class Chapman {

    /**
     * @param estimate  N
     * @param variance  var(N)
     * @param low       the interval's lower end
     * @param high      the interval's upper end
     */
    public record Result(double estimate, double variance, double low, double high) {
        public double standardError() {
            return Math.sqrt(variance);
        }
    }

    private Chapman() {
    }

    /**
     * The estimate from two lists of {@code n1} and {@code n2} people, {@code m} of them on both; empty when
     * no one is on both lists: the formula still gives a number, but it says nothing about the population.
     *
     * @throws IllegalArgumentException when a count is negative or the overlap exceeds a list
     */
    public static Optional<Result> estimate(long n1, long n2, long m) {
        if (n1 < 0 || n2 < 0 || m < 0 || m > Math.min(n1, n2)) {
            throw new IllegalArgumentException("not two lists and their overlap: n1=" + n1 + ", n2=" + n2 + ", m=" + m);
        }
        if (m == 0) {
            return Optional.empty();
        }
        double a = n1 + 1.0;
        double b = n2 + 1.0;
        double estimate = a * b / (m + 1.0) - 1;
        double variance = a * b * (n1 - m) * (n2 - m) / ((m + 1.0) * (m + 1.0) * (m + 2.0));
        double margin = Normal.Z_975 * Math.sqrt(variance);
        long observed = n1 + n2 - m;
        return Optional.of(new Result(estimate, variance, Math.max(observed, estimate - margin),
                Math.max(observed, estimate + margin)));
    }
}
