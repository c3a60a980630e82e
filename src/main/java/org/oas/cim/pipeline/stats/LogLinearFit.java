package org.oas.cim.pipeline.stats;

/**
 * A fitted log-linear model: the people no list saw (the dark figure exp(β0), β0 being the log mean of the
 * cell where no list is 1) and the expected counts of every observable cell.
 */
public record LogLinearFit(LogLinearModel model, PoissonGlm.Fit glm) {

    /** exp(β0), the estimated number of people on no list. */
    public double darkFigure() {
        return Math.exp(logDarkFigure());
    }

    /** β0. */
    public double logDarkFigure() {
        return glm.coefficients().getEntry(0);
    }

    /** se(β0) from the fit's unscaled covariance. */
    public double logDarkFigureStandardError() {
        return glm.standardError(0);
    }

    /** The observed total plus the dark figure. */
    public double estimate() {
        return model.table().observed() + darkFigure();
    }

    /** The 95 % interval's lower end: the observed total plus exp(β0 − z·se(β0)). */
    public double low() {
        return model.table().observed() + Math.exp(logDarkFigure() - Normal.Z_975 * logDarkFigureStandardError());
    }

    /** The 95 % interval's upper end: the observed total plus exp(β0 + z·se(β0)). */
    public double high() {
        return model.table().observed() + Math.exp(logDarkFigure() + Normal.Z_975 * logDarkFigureStandardError());
    }

    /** λ*: the overlap of {@code pair} this model expects, summed over the fitted cells where both lists are 1. */
    public double expectedOverlap(ListPair pair) {
        int[] cells = model.cells();
        double sum = 0;
        for (int row = 0; row < cells.length; row++) {
            if (pair.bothOn(cells[row])) {
                sum += glm.fittedMeans().getEntry(row);
            }
        }
        return sum;
    }
}
