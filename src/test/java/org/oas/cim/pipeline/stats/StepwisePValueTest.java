package org.oas.cim.pipeline.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The two-sided Poisson tail of estimation.md, on values checked with R's {@code ppois}. */
class StepwisePValueTest {

    @Test
    void aLargerOverlapThanExpectedIsTheUpperTail() {
        // ppois(9, 4, lower.tail = FALSE) = P(X ≥ 10) = 0.008132243
        assertThat(StepwiseSelection.pValue(10, 4)).isCloseTo(0.008132243, within(1e-9));
    }

    @Test
    void aSmallerOverlapThanExpectedIsTheLowerTail() {
        // ppois(2, 10) = P(X ≤ 2) = 0.002769396
        assertThat(StepwiseSelection.pValue(2, 10)).isCloseTo(0.002769396, within(1e-9));
    }

    @Test
    void anEmptyOverlapIsExpMinusLambda() {
        assertThat(StepwiseSelection.pValue(0, 3)).isCloseTo(Math.exp(-3), within(1e-15));
    }

    @Test
    void anOverlapAModelCannotProduceHasPZero() {
        assertThat(StepwiseSelection.pValue(3, 0)).isZero();
        assertThat(StepwiseSelection.pValue(0, 0)).isEqualTo(1);
    }
}
