package org.oas.cim.pipeline.page;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AxisTest {
    @Test
    void valuesWithinTwoOrdersOfMagnitudeGetALinearAxisFromZeroToARoundTop() {
        Axis axis = Axis.of(List.of(80.0, 127.5, 200.0, 287.5), 100, 600);
        assertThat(axis.log()).isFalse();
        assertThat(axis.top()).isEqualTo(300);
        assertThat(axis.ticks()).containsExactly(0.0, 100.0, 200.0, 300.0);
        assertThat(axis.x(0)).isEqualTo(100);
        assertThat(axis.x(150)).isEqualTo(350);
        assertThat(axis.x(300)).isEqualTo(600);
    }

    @Test
    void valuesSpanningTwoOrdersOfMagnitudeOrMoreGetALogarithmicAxisWithPowersOfTen() {
        Axis axis = Axis.of(List.of(80.0, 200.0, 20000.0), 0, 500);
        assertThat(axis.log()).isTrue();
        assertThat(axis.top()).isEqualTo(100000);
        assertThat(axis.ticks()).containsExactly(0.0, 1.0, 10.0, 100.0, 1000.0, 10000.0, 100000.0);
        assertThat(axis.x(0)).as("zero keeps a place at the left end").isEqualTo(0);
        assertThat(axis.x(100000)).isCloseTo(500, within(1e-9));
        // log(1 + v): tenfold steps are equally long, all but exactly near zero.
        assertThat(axis.x(1000) - axis.x(100)).as("equal ratios, equal distances").isCloseTo(axis.x(10000) - axis.x(1000), within(0.5));
    }

    @Test
    void aSpanJustUnderAHundredfoldStaysLinear() {
        assertThat(Axis.of(List.of(1.0, 99.0), 0, 1).log()).isFalse();
        assertThat(Axis.of(List.of(1.0, 100.0), 0, 1).log()).isTrue();
    }

    @Test
    void zerosAloneOrNoValuesGiveAUnitAxis() {
        assertThat(Axis.of(List.of(), 0, 10).ticks()).containsExactly(0.0, 1.0);
        assertThat(Axis.of(List.of(0.0, 0.0), 0, 10).log()).isFalse();
    }
}
