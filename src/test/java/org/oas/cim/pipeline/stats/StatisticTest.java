package org.oas.cim.pipeline.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StatisticTest {

    @Test
    void definedHoldsTheValueAndNoReason() {
        Statistic s = Statistic.defined(0.5);
        assertThat(s.isDefined()).isTrue();
        assertThat(s.value()).isEqualTo(0.5);
        assertThat(s.undefinedReason()).isNull();
    }

    @Test
    void undefinedHoldsTheReasonAndNoValue() {
        Statistic s = Statistic.undefined("no values");
        assertThat(s.isDefined()).isFalse();
        assertThat(s.value()).isNull();
        assertThat(s.undefinedReason()).isEqualTo("no values");
    }

    @Test
    void aValueIsNeverNanNorInfinite() {
        assertThatThrownBy(() -> Statistic.defined(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Statistic.defined(Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ofFiniteTurnsOverflowIntoAReason() {
        assertThat(Statistic.ofFinite(Double.POSITIVE_INFINITY, "too large"))
                .isEqualTo(Statistic.undefined("too large"));
        assertThat(Statistic.ofFinite(Double.NaN, "too large")).isEqualTo(Statistic.undefined("too large"));
        assertThat(Statistic.ofFinite(2, "too large")).isEqualTo(Statistic.defined(2));
    }

    @Test
    void exactlyOneOfValueAndReason() {
        assertThatThrownBy(() -> new Statistic(1.0, "why")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Statistic(null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Statistic.undefined(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
