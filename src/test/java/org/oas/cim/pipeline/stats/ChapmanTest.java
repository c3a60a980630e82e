package org.oas.cim.pipeline.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** reference-values.md's pair, and the limits of the formula. */
class ChapmanTest {

    @Test
    void hundredAndHundredWithTwentyInBothIs484_7619WithStandardError82_03151() {
        Chapman.Result r = Chapman.estimate(100, 100, 20).orElseThrow();
        assertThat(r.estimate()).isCloseTo(484.7619, within(5e-5));
        assertThat(r.variance()).isCloseTo(6729.169, within(5e-4));
        assertThat(r.standardError()).isCloseTo(82.03151, within(5e-6));
        // 484.7619 ± 1.959964 × 82.03151
        assertThat(r.low()).isCloseTo(323.9831, within(5e-5));
        assertThat(r.high()).isCloseTo(645.5407, within(5e-5));
    }

    @Test
    void theIntervalIsFlooredAtThePeopleSeen() {
        // n1 = 5, n2 = 5, m = 4: N = 36/5 − 1 = 6.2, var = 36·1·1/(25·6) = 0.24, N − z·se = 5.24 < 6 seen.
        Chapman.Result r = Chapman.estimate(5, 5, 4).orElseThrow();
        assertThat(r.estimate()).isCloseTo(6.2, within(1e-12));
        assertThat(r.variance()).isCloseTo(0.24, within(1e-12));
        assertThat(r.low()).isEqualTo(6.0);
        assertThat(r.high()).isCloseTo(6.2 + Normal.Z_975 * Math.sqrt(0.24), within(1e-12));
    }

    @Test
    void listsThatShareEveryoneHaveNoOneUnseen() {
        Chapman.Result r = Chapman.estimate(3, 3, 3).orElseThrow();
        assertThat(r.estimate()).isEqualTo(3.0);
        assertThat(r.variance()).isZero();
        assertThat(r.low()).isEqualTo(3.0);
        assertThat(r.high()).isEqualTo(3.0);
    }

    @Test
    void noOverlapGivesNoEstimateRatherThanADivisionByZero() {
        assertThat(Chapman.estimate(100, 100, 0)).isEmpty();
    }

    @Test
    void anOverlapLargerThanAListIsAProgrammingError() {
        assertThatThrownBy(() -> Chapman.estimate(10, 5, 6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Chapman.estimate(-1, 5, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
