package org.oas.cim.pipeline.normalize;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.oas.cim.pipeline.issue.IssueCode;
import org.oas.cim.pipeline.issue.Severity;

import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oas.cim.pipeline.normalize.Fixtures.date;
import static org.oas.cim.pipeline.normalize.Fixtures.number;
import static org.oas.cim.pipeline.normalize.Fixtures.text;

/** Estimates (P6, L3, L4) become an interval [low, high] (high may be open) with a flag approximate. */
class EstimateTest {
    private static Normalized exact(long low, Long high) {
        return Normalized.of(new Value.Interval(low, high, false));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "150|150", "1.500|1500", "1,500|1500", "2,5 mil|2500", "2.5 mil|2500", "2.500|2500", "mil|1000",
            "1.500.000|1500000", "0|0", " 150 |150", "2 mil|2000", "1,5 millones|1500000",
    })
    void numbersAreOnePointIntervals(String text, long value) {
        assertThat(text("P6", text)).isEqualTo(exact(value, value));
    }

    @Test
    void aNumericCellIsOnePointInterval() {
        assertThat(number("P6", 150)).isEqualTo(exact(150, 150L));
        assertThat(number("L3", 1500.0)).isEqualTo(exact(1500, 1500L));
    }

    @ParameterizedTest(name = "{0} -> [50, 100]")
    @ValueSource(strings = {"50-100", "50 – 100", "50 a 100", "de 50 a 100", "entre 50 y 100", "entre 50 e 100",
            "between 50 and 100", "50 to 100", "50 — 100", "entre 50 et 100", "50 tot 100", "50 o 100", "del 50 al 100"})
    void rangesInEveryFormAreIntervals(String text) {
        assertThat(text("P6", text)).isEqualTo(exact(50, 100L));
    }

    @Test
    void aMultiplierWrittenOnceCoversBothEndsOfARange() {
        assertThat(text("L3", "2 a 3 mil")).isEqualTo(exact(2000, 3000L));
        assertThat(text("L3", "entre 500 y 2 mil")).isEqualTo(exact(500, 2000L));
        assertThat(text("L3", "1.500-2.000")).isEqualTo(exact(1500, 2000L));
    }

    @Test
    void aReversedRangeIsSwappedWithAWarning() {
        Normalized n = text("P6", "100-50");
        assertThat(n.value()).isEqualTo(new Value.Interval(50, 100L, false));
        assertThat(n.problems()).containsExactly(
                new Problem(IssueCode.CONSTRAINT_ERROR, Severity.WARNING, List.of("P6", Problems.REVERSED_RANGE)));
    }

    @ParameterizedTest(name = "{0} -> [200, open)")
    @ValueSource(strings = {"más de 200", "mais de 200", "over 200", "more than 200", ">200", "> 200", "200+",
            "al menos 200", "at least 200", "200 o más", "Más De 200 víctimas", "plus de 200", "meer dan 200", ">= 200"})
    void openBoundsHaveNoHigh(String text) {
        assertThat(text("P6", text)).isEqualTo(exact(200, null));
    }

    @ParameterizedTest(name = "{0} -> [0, 50]")
    @ValueSource(strings = {"menos de 50", "less than 50", "<50", "hasta 50", "até 50", "up to 50", "moins de 50"})
    void upperBoundsStartAtZero(String text) {
        assertThat(text("P6", text)).isEqualTo(exact(0, 50L));
    }

    @Test
    void longerPrefixesWinOverTheirTails() {
        assertThat(text("P6", "no menos de 50")).isEqualTo(exact(50, null));
        assertThat(text("P6", "más de mil")).isEqualTo(exact(1000, null));
    }

    @ParameterizedTest(name = "{0} -> [300, 300] approximate")
    @ValueSource(strings = {"aprox. 300", "aprox 300", "aproximadamente 300", "alrededor de 300", "cerca de 300",
            "about 300", "around 300", "~300", "~ 300", "unas 300", "cerca de 300 pessoas", "300 aprox.", "environ 300"})
    void approximationsAreFlagged(String text) {
        assertThat(text("P6", text)).isEqualTo(Normalized.of(new Value.Interval(300, 300L, true)));
    }

    @Test
    void anApproximateRangeIsFlagged() {
        assertThat(text("P6", "aproximadamente 50 a 100")).isEqualTo(Normalized.of(new Value.Interval(50, 100L, true)));
    }

    @ParameterizedTest(name = "{0} -> [{1}, {2}] approximate")
    @CsvSource(delimiter = '|', value = {
            "decenas|10|99", "dezenas|10|99", "dozens|10|99", "cientos|100|999", "centenas|100|999",
            "hundreds|100|999", "miles|1000|9999", "milhares|1000|9999", "thousands|1000|9999",
            "Cientos de víctimas|100|999", "unos cientos|100|999", "varias decenas|10|99",
    })
    void magnitudeWordsAreApproximateIntervals(String text, long low, long high) {
        assertThat(text("L4", text)).isEqualTo(Normalized.of(new Value.Interval(low, high, true)));
    }

    @ParameterizedTest(name = "{0} -> [300, 300]")
    @ValueSource(strings = {"300 víctimas", "300 por año", "300 (estimación)", "300 casos al año", "300víctimas"})
    void aTrailingUnitOrCommentIsIgnored(String text) {
        assertThat(text("P6", text)).isEqualTo(exact(300, 300L));
    }

    @ParameterizedTest(name = "{0} is a type error")
    @ValueSource(strings = {"-5", "- 5", "2,5", "2.5", "0,5 personas", "muchas", "bastantes víctimas", "50-", "1 500",
            "300 400", "de 300", "más de", "1.50.0", "abc 300", "12/03/2002"})
    void negativesFractionsAndOtherTextAreTypeErrors(String text) {
        assertThat(text("P6", text)).isEqualTo(Normalized.failed(Problem.of(IssueCode.TYPE_ERROR, "P6", "estimate")));
    }

    @Test
    void negativeOrFractionalNumericCellsAndDateCellsAreTypeErrors() {
        Normalized typeError = Normalized.failed(Problem.of(IssueCode.TYPE_ERROR, "P6", "estimate"));
        assertThat(number("P6", -3)).isEqualTo(typeError);
        assertThat(number("P6", 2.5)).isEqualTo(typeError);
        assertThat(date("P6", LocalDateTime.of(2002, 3, 15, 0, 0))).isEqualTo(typeError);
    }
}
