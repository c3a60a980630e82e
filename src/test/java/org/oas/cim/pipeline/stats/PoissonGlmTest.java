package org.oas.cim.pipeline.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.junit.jupiter.api.Test;

/**
 * The fit on tables whose maximum likelihood estimate is known in closed form: with two lists the
 * independence model is saturated, so its dark figure is n10·n01/n11 (Lincoln-Petersen, reference-values.md's
 * 500 for n1 = n2 = 100, m = 20) and var(β0) = 1/n10 + 1/n01 + 1/n11.
 */
class PoissonGlmTest {

    @Test
    void twoListIndependenceIsLincolnPetersen500() {
        CaptureHistories pair = CaptureHistories.parse(List.of("A", "B"), "10:80 01:80 11:20");
        LogLinearFit fit = LogLinearModel.independence(pair).fit().orElseThrow();
        assertThat(fit.darkFigure()).isCloseTo(320, within(1e-8));
        assertThat(fit.estimate()).isCloseTo(500, within(1e-8));
        assertThat(fit.logDarkFigureStandardError()).isCloseTo(Math.sqrt(1 / 80.0 + 1 / 80.0 + 1 / 20.0), within(1e-10));
        assertThat(fit.glm().fittedMeans().toArray()).containsExactly(new double[] {80, 80, 20}, within(1e-8));
        assertThat(fit.glm().deviance()).isCloseTo(0, within(1e-9));
    }

    @Test
    void aZeroCountCellHasAPositiveFittedMean() {
        // Three lists, independence: 7 cells, 4 parameters, one cell empty but the estimate exists.
        CaptureHistories table = CaptureHistories.parse(List.of("A", "B", "C"),
                "100:40 010:30 001:20 110:6 101:4 011:3");
        LogLinearFit fit = LogLinearModel.independence(table).fit().orElseThrow();
        double[] fitted = fit.glm().fittedMeans().toArray();
        assertThat(Arrays.stream(fitted).min().orElseThrow()).isPositive();
        // The likelihood equations: fitted margins equal observed margins.
        assertThat(Arrays.stream(fitted).sum()).isCloseTo(103, within(1e-6));
        assertThat(fit.expectedOverlap(new ListPair(0, 1))).isPositive();
    }

    @Test
    void aSingularDesignHasNoFit() {
        var design = new Array2DRowRealMatrix(new double[][] {{1, 1}, {1, 1}, {1, 1}});
        assertThat(PoissonGlm.fit(design, new ArrayRealVector(new double[] {1, 2, 3}))).isEmpty();
    }
}
