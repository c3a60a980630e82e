package org.oas.cim.pipeline.normalize;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.oas.cim.pipeline.issue.IssueCode;
import org.oas.cim.pipeline.issue.Severity;
import org.oas.cim.pipeline.read.RawCell;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oas.cim.pipeline.normalize.Fixtures.NORMALIZER;
import static org.oas.cim.pipeline.normalize.Fixtures.date;
import static org.oas.cim.pipeline.normalize.Fixtures.item;
import static org.oas.cim.pipeline.normalize.Fixtures.number;
import static org.oas.cim.pipeline.normalize.Fixtures.text;

/** Dates: date cells, ISO, day-first numeric, month names in every language, month precision, the study's years. */
class DateTest {
    private static final Normalized MARCH_15 = Normalized.of(new Value.DateValue(LocalDate.of(2002, 3, 15), false));
    private static final Normalized MARCH = Normalized.of(new Value.DateValue(LocalDate.of(2002, 3, 1), true));

    @Test
    void aDateCellIsItsDay() {
        assertThat(date("R7", LocalDateTime.of(2002, 3, 15, 10, 30))).isEqualTo(MARCH_15);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2002-03-15", "15/03/2002", "15-03-2002", "15.03.2002", "15/3/2002", "15/03/02",
            "2002-03-15 00:00:00", "2002-03-15T10:30", "15-mar-2002", "15-Mar-02", "15 mar. 2002",
            "15 de marzo de 2002", "15 de março de 2002", "March 15, 2002", "15 March 2002", "Mar 15, 2002",
            "15 mars 2002", "15 maart 2002", "15 de Marzo del 2002"})
    void everyWrittenFormOfTheDayIsRead(String text) {
        assertThat(text("R7", text)).isEqualTo(MARCH_15);
    }

    @Test
    void monthFirstIsReadWhereTheFileDeclaresIt() {
        assertThat(NORMALIZER.normalize(item("I7"), RawCell.text(1, "03/15/2002"), DateOrder.MONTH_FIRST)).isEqualTo(MARCH_15);
        assertThat(NORMALIZER.normalize(item("I7"), RawCell.text(1, "04/03/2002"), DateOrder.MONTH_FIRST).value())
                .isEqualTo(new Value.DateValue(LocalDate.of(2002, 4, 3), false));
        assertThat(text("I7", "04/03/2002").value()).isEqualTo(new Value.DateValue(LocalDate.of(2002, 3, 4), false));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"marzo 2002", "Marzo de 2002", "março de 2002", "March 2002", "mars 2002", "03/2002",
            "3/2002", "2002-03"})
    void aMonthAndYearKeepMonthPrecision(String text) {
        assertThat(text("R7", text)).isEqualTo(MARCH);
    }

    @Test
    void aDateOutsideTheStudysYearsIsKeptWithAWarning() {
        Normalized n = text("R7", "15/03/1990");
        assertThat(n.value()).isEqualTo(new Value.DateValue(LocalDate.of(1990, 3, 15), false));
        assertThat(n.problems()).containsExactly(Problem.of(IssueCode.OUT_OF_RANGE, "R7", "1990-03-15", "1995", "2010"));
        assertThat(n.problems().get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(text("R7", "2011-01-01").problems()).extracting(Problem::code).containsExactly(IssueCode.OUT_OF_RANGE);
        assertThat(text("R7", "1995-01-01").problems()).isEmpty();
        assertThat(text("R7", "31/12/2010").problems()).isEmpty();
    }

    @ParameterizedTest(name = "{0} is a type error")
    @CsvSource(delimiter = '|', value = {"31/02/2002", "29/02/2002", "32/01/2002", "15/13/2002", "03/15/2002",
            "marzo", "15 de marzo", "ayer", "2002", "13/2002", "15 de mayo de 2002 o 2003"})
    void impossibleOrUnreadableDatesAreTypeErrors(String text) {
        assertThat(text("R7", text)).isEqualTo(Normalized.failed(Problem.of(IssueCode.TYPE_ERROR, "R7", "date")));
    }

    @Test
    void aNumericCellWithoutADateFormatIsATypeError() {
        assertThat(number("R7", 37330)).isEqualTo(Normalized.failed(Problem.of(IssueCode.TYPE_ERROR, "R7", "date")));
    }

    @Test
    void leapDaysExist() {
        assertThat(text("R7", "29/02/2004").value()).isEqualTo(new Value.DateValue(LocalDate.of(2004, 2, 29), false));
    }
}
