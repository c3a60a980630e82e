package org.oas.cim.pipeline.stats;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * Whether a log-linear model's maximum likelihood estimate exists and is identifiable on a table, before
 * it is fitted (Fienberg and Rinaldo 2012; Chan, Silverman and Vincent 2019).
 *
 * <p>It exists when some strictly positive table has the same sufficient statistics XᵀY as the observed
 * one: the linear programme max s subject to Xᵀx = XᵀY, x ≥ s, s ≥ 0 (SparseMSE's {@code checkident}) then
 * has s > 0; s = 0 means every such table has an empty cell and the estimate lies at infinity. It is identifiable when the design
 * has full column rank.
 */
public final class MaximumLikelihoodCheck {
    /** The verdict on one model. */
    public enum Verdict {
        ESTIMABLE, NOT_FINITE, NOT_IDENTIFIABLE;
    }

    /** s is a number of people spread over cells: anything this small is the solver's zero. */
    private static final double ZERO = 1e-7;
    private static final int MAX_SIMPLEX_ITERATIONS = 100_000;

    private MaximumLikelihoodCheck() {
    }

    public static Verdict check(LogLinearModel model) {
        RealMatrix design = model.design();
        if (new SingularValueDecomposition(design).getRank() < design.getColumnDimension()) {
            return Verdict.NOT_IDENTIFIABLE;
        }
        return largestSmallestCell(design, model.counts()) > ZERO ? Verdict.ESTIMABLE : Verdict.NOT_FINITE;
    }

    /**
     * The largest s such that a table x ≥ s with the observed sufficient statistics exists. Written with
     * x = s + u, u ≥ 0, the programme has one constraint per parameter rather than one per cell:
     * max s subject to (Xᵀ1) s + Xᵀu = XᵀY.
     */
    private static double largestSmallestCell(RealMatrix design, RealVector counts) {
        int cells = design.getRowDimension();
        RealVector statistics = design.transpose().operate(counts);
        List<LinearConstraint> constraints = new ArrayList<>();
        for (int parameter = 0; parameter < design.getColumnDimension(); parameter++) {
            double[] row = new double[cells + 1];
            for (int cell = 0; cell < cells; cell++) {
                row[cell] = design.getEntry(cell, parameter);
                row[cells] += row[cell];
            }
            constraints.add(new LinearConstraint(row, Relationship.EQ, statistics.getEntry(parameter)));
        }
        double[] objective = new double[cells + 1];
        objective[cells] = 1;
        PointValuePair optimum = new SimplexSolver().optimize(new MaxIter(MAX_SIMPLEX_ITERATIONS),
                new LinearObjectiveFunction(objective, 0), new LinearConstraintSet(constraints),
                GoalType.MAXIMIZE, new NonNegativeConstraint(true));
        return optimum.getValue();
    }
}
