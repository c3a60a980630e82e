package org.oas.cim.pipeline.stats;

import java.util.Optional;

import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.NonSymmetricMatrixException;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * A Poisson generalized linear model with log link, fitted by iteratively reweighted least squares as R's
 * {@code glm(family = poisson)} does: start from μ = y + 0.1, solve the weighted normal equations
 * (XᵀWX) β = XᵀWz with W = diag(μ) and working response z = η + (y − μ)/μ, until the deviance settles.
 * The unscaled covariance of β is (XᵀWX)⁻¹ at the fitted means (R's {@code summary(fit)$cov.unscaled}).
 */
public final class PoissonGlm {
    /** Tighter than R's 1e-8, so that the published figures' second decimal does not depend on where it stopped. */
    private static final double CONVERGENCE = 1e-12;
    private static final int MAX_ITERATIONS = 100;
    /** XᵀWX is symmetric but for rounding in its last bits. */
    private static final double SYMMETRY_TOLERANCE = 1e-10;
    private static final double POSITIVITY_THRESHOLD = 1e-12;

    /**
     * @param coefficients       β, in the order of the design's columns
     * @param unscaledCovariance (XᵀWX)⁻¹
     * @param fittedMeans        μ = exp(Xβ), one per row of the design
     * @param deviance           2 Σ [y log(y/μ) − (y − μ)]
     * @param iterations         the weighted least-squares solves it took
     */
    public record Fit(RealVector coefficients, RealMatrix unscaledCovariance, RealVector fittedMeans,
                      double deviance, int iterations) {
        public double standardError(int coefficient) {
            return Math.sqrt(unscaledCovariance.getEntry(coefficient, coefficient));
        }
    }

    private PoissonGlm() {
    }

    /**
     * The maximum likelihood fit, or empty when the normal equations are singular (a design that does not
     * identify its parameters) or the iteration does not settle (an estimate at infinity).
     *
     * @param design one row per cell, one column per parameter
     * @param counts the observed count of each cell
     */
    public static Optional<Fit> fit(RealMatrix design, RealVector counts) {
        if (design.getRowDimension() != counts.getDimension()) {
            throw new IllegalArgumentException("the design has " + design.getRowDimension() + " rows for "
                    + counts.getDimension() + " counts");
        }
        RealVector mu = counts.mapAdd(0.1);
        RealVector eta = mu.map(Math::log);
        double deviance = deviance(counts, mu);
        for (int iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
            RealVector working = eta.add(counts.subtract(mu).ebeDivide(mu));
            Optional<CholeskyDecomposition> normal = normalEquations(design, mu);
            if (normal.isEmpty()) {
                return Optional.empty();
            }
            RealVector beta = normal.get().getSolver().solve(design.transpose().operate(working.ebeMultiply(mu)));
            eta = design.operate(beta);
            mu = eta.map(Math::exp);
            double previous = deviance;
            deviance = deviance(counts, mu);
            if (!Double.isFinite(deviance)) {
                return Optional.empty();
            }
            if (Math.abs(deviance - previous) / (Math.abs(deviance) + 0.1) < CONVERGENCE) {
                Optional<CholeskyDecomposition> atFit = normalEquations(design, mu);
                if (atFit.isEmpty()) {
                    return Optional.empty();
                }
                return Optional.of(new Fit(beta, atFit.get().getSolver().getInverse(), mu, deviance, iteration));
            }
        }
        return Optional.empty();
    }

    /** XᵀWX decomposed, or empty when it is not positive definite (to working precision). */
    private static Optional<CholeskyDecomposition> normalEquations(RealMatrix design, RealVector weights) {
        RealMatrix weighted = design.copy();
        for (int row = 0; row < weighted.getRowDimension(); row++) {
            weighted.setRowVector(row, weighted.getRowVector(row).mapMultiply(weights.getEntry(row)));
        }
        try {
            return Optional.of(new CholeskyDecomposition(design.transpose().multiply(weighted),
                    SYMMETRY_TOLERANCE, POSITIVITY_THRESHOLD));
        } catch (NonPositiveDefiniteMatrixException | NonSymmetricMatrixException e) {
            return Optional.empty();
        }
    }

    private static double deviance(RealVector counts, RealVector mu) {
        double sum = 0;
        for (int i = 0; i < counts.getDimension(); i++) {
            double y = counts.getEntry(i);
            double m = mu.getEntry(i);
            sum += (y > 0 ? y * Math.log(y / m) : 0) - (y - m);
        }
        return 2 * sum;
    }
}
