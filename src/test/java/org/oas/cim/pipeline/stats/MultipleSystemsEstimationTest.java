package org.oas.cim.pipeline.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.oas.cim.pipeline.stats.PopulationEstimate.Method;
import org.oas.cim.pipeline.stats.PopulationEstimate.Note;

/** estimation.md's published UK 2013 figures (SparseMSE 2.0.1), and every case that has no estimate. */
class MultipleSystemsEstimationTest {

    @Test
    void ukTwoThousandThirteenIs11418Between9977And13146() {
        PopulationEstimate uk = MultipleSystemsEstimation.estimate(UkTable.table(), 0.02);
        assertThat(uk.method()).isEqualTo(Method.LOGLINEAR_STEPWISE);
        assertThat(uk.observed()).isEqualTo(2744);
        assertThat(uk.model()).containsExactly("PF:NCA", "LA:NG", "NG:GP", "LA:PF", "PF:GP", "GO:GP", "NG:GO");
        assertThat(Math.round(uk.estimate())).isEqualTo(11_418);
        assertThat(Math.round(uk.low())).isEqualTo(9_977);
        assertThat(Math.round(uk.high())).isEqualTo(13_146);
        assertThat(uk.estimate()).isCloseTo(11_417.99, within(0.005));
        assertThat(uk.low()).isCloseTo(9_977.28, within(0.005));
        assertThat(uk.high()).isCloseTo(13_145.66, within(0.005));
        assertThat(uk.note()).isNull();
    }

    @Test
    void ukTwoThousandThirteenUnderIndependenceIs12214() {
        PopulationEstimate uk = MultipleSystemsEstimation.estimate(UkTable.table(), 0.02);
        assertThat(Math.round(uk.independence())).isEqualTo(12_214);
        assertThat(uk.independence()).isCloseTo(12_213.995, within(0.0005));
    }
}
