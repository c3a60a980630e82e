package org.oas.cim.pipeline.normalize;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.oas.cim.pipeline.issue.IssueCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oas.cim.pipeline.normalize.Fixtures.number;
import static org.oas.cim.pipeline.normalize.Fixtures.text;

/** Integers (O1-O3, O5): exact counts only. */
class CountTest {
    private static final Normalized TYPE_ERROR = Normalized.failed(Problem.of(IssueCode.TYPE_ERROR, "O1", "integer"));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {"150|150", "1.500|1500", "1,500|1500", "0|0", " 12 |12", "12.0|12"})
    void exactCountsAreCounts(String text, long value) {
        assertThat(text("O1", text)).isEqualTo(Normalized.of(new Value.Count(value)));
    }

    @Test
    void aYearIsACount() {
        assertThat(text("O5", "2002")).isEqualTo(Normalized.of(new Value.Count(2002)));
    }

    @Test
    void aWholeNumericCellIsACountAndAFractionalOneATypeError() {
        assertThat(number("O1", 12.0)).isEqualTo(Normalized.of(new Value.Count(12)));
        assertThat(number("O1", 12.5)).isEqualTo(TYPE_ERROR);
        assertThat(number("O1", -1)).isEqualTo(TYPE_ERROR);
    }

    @ParameterizedTest(name = "{0} is a type error")
    @ValueSource(strings = {"50-100", "entre 50 y 100", "más de 200", "aprox. 300", "cientos", "mil", "muchos",
            "-3", "12,5", "45 víctimas"})
    void rangesWordsAndApproximationsAreTypeErrors(String text) {
        assertThat(text("O1", text)).isEqualTo(TYPE_ERROR);
    }
}
