package org.oas.cim.pipeline.consistency;

import org.junit.jupiter.api.Test;
import org.oas.cim.pipeline.expression.ExpressionParser;
import org.oas.cim.pipeline.normalize.Value;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oas.cim.pipeline.consistency.Truth.FALSE;
import static org.oas.cim.pipeline.consistency.Truth.TRUE;
import static org.oas.cim.pipeline.consistency.Truth.UNDETERMINED;

class EvaluatorTest {
    private static final Map<String, Value> ANSWERS = new HashMap<>(Map.of(
            "P1", new Value.Code("no"),
            "P3", new Value.Codes(List.of("prostitution", "sex_tourism"), null),
            "DK", new Value.Unknown(),
            "NA", new Value.Missing(),
            "N", new Value.Count(12),
            "R", new Value.Interval(50, 100L, false),
            "OPEN", new Value.Interval(200, null, false),
            "APPROX", new Value.Interval(300, 300L, true),
            "D", new Value.DateValue(LocalDate.of(2002, 3, 15), false),
            "L7", new Value.Code("2")));

    private static Truth eval(String rule) {
        return new Evaluator("N", ANSWERS).truth(ExpressionParser.parse(rule));
    }

    @Test
    void selfAndReferencesReadTheRecordsAnswers() {
        assertThat(eval(". = 12")).isEqualTo(TRUE);
        assertThat(eval("${P1} = 'no'")).isEqualTo(TRUE);
        assertThat(eval("${P1} != 'no'")).isEqualTo(FALSE);
        assertThat(eval("${P1} = \"yes\"")).isEqualTo(FALSE);
        assertThat(eval("${NOT_IN_RECORD} = 'x'")).as("an item the file does not ask is missing").isEqualTo(UNDETERMINED);
    }

    @Test
    void comparisonsOfExactNumbers() {
        assertThat(eval(". < 13")).isEqualTo(TRUE);
        assertThat(eval(". < 12")).isEqualTo(FALSE);
        assertThat(eval(". <= 12")).isEqualTo(TRUE);
        assertThat(eval(". > 11.5")).isEqualTo(TRUE);
        assertThat(eval(". >= 13")).isEqualTo(FALSE);
        assertThat(eval(". != 12")).isEqualTo(FALSE);
        assertThat(eval("${L7} >= 2")).as("a rating's code compares as a number").isEqualTo(TRUE);
    }

    @Test
    void intervalsAreComparedOnlyWhereEveryValueAgrees() {
        assertThat(eval("${R} <= 100")).isEqualTo(TRUE);
        assertThat(eval("${R} <= 75")).as("50-100 may or may not be 75 or less").isEqualTo(UNDETERMINED);
        assertThat(eval("${R} <= 40")).isEqualTo(FALSE);
        assertThat(eval("${R} < 50")).isEqualTo(FALSE);
        assertThat(eval("${R} > 40")).isEqualTo(TRUE);
        assertThat(eval("${R} = 75")).isEqualTo(UNDETERMINED);
        assertThat(eval("${R} = 30")).isEqualTo(FALSE);
        assertThat(eval("${R} <= ${OPEN}")).isEqualTo(TRUE);
        assertThat(eval("${OPEN} <= ${R}")).as("more than 200 is certainly above 100").isEqualTo(FALSE);
        assertThat(eval("${OPEN} <= 1000000")).as("an open interval has no end").isEqualTo(UNDETERMINED);
        assertThat(eval("${APPROX} <= 10")).as("an approximation is never certain").isEqualTo(UNDETERMINED);
        assertThat(eval("${APPROX} = 300")).isEqualTo(UNDETERMINED);
    }

    @Test
    void arithmeticOnIntervals() {
        assertThat(eval("${R} + 10 <= 110")).isEqualTo(TRUE);
        assertThat(eval("${R} + 10 < 60")).isEqualTo(FALSE);
        assertThat(eval(". - ${R} <= -38")).isEqualTo(TRUE);
        assertThat(eval(". * 2 = 24")).isEqualTo(TRUE);
        assertThat(eval(". div 4 = 3")).isEqualTo(TRUE);
        assertThat(eval(". div 0 = 3")).as("no division by zero").isEqualTo(UNDETERMINED);
        assertThat(eval(". mod 5 = 2")).isEqualTo(TRUE);
        assertThat(eval("-. = -12")).isEqualTo(TRUE);
        assertThat(eval("(. + 3) * 2 = 30")).isEqualTo(TRUE);
        assertThat(eval("${DK} + 1 > 0")).isEqualTo(UNDETERMINED);
    }

    @Test
    void logicIsThreeValued() {
        assertThat(eval("${P1} = 'no' and . = 12")).isEqualTo(TRUE);
        assertThat(eval("${P1} = 'no' and . = 13")).isEqualTo(FALSE);
        assertThat(eval("${P1} = 'yes' or . = 12")).isEqualTo(TRUE);
        assertThat(eval("${P1} = 'yes' or . = 13")).isEqualTo(FALSE);
        assertThat(eval("not(${P1} = 'no')")).isEqualTo(FALSE);
        assertThat(eval("${DK} = 'yes' or . = 12")).isEqualTo(TRUE);
        assertThat(eval("${DK} = 'yes' or . = 13")).isEqualTo(UNDETERMINED);
        assertThat(eval("${DK} = 'yes' and . = 13")).isEqualTo(FALSE);
        assertThat(eval("not(${NA} = 'yes')")).isEqualTo(UNDETERMINED);
    }

    @Test
    void unknownAndMissingAnswersLeaveEveryComparisonUndetermined() {
        for (String item : List.of("DK", "NA")) {
            for (String op : List.of("=", "!=", "<", "<=", ">", ">=")) {
                assertThat(eval("${" + item + "} " + op + " 'no'")).as(item + op).isEqualTo(UNDETERMINED);
                assertThat(eval("${" + item + "} " + op + " 3")).as(item + op).isEqualTo(UNDETERMINED);
            }
            assertThat(eval("selected(${" + item + "}, 'children')")).isEqualTo(UNDETERMINED);
            assertThat(eval("count-selected(${" + item + "}) > 0")).isEqualTo(UNDETERMINED);
        }
    }

    @Test
    void selectedAndCountSelected() {
        assertThat(eval("selected(${P3}, 'prostitution')")).isEqualTo(TRUE);
        assertThat(eval("selected(${P3}, 'pornography')")).isEqualTo(FALSE);
        assertThat(eval("selected(${P1}, 'no')")).as("on a select_one item").isEqualTo(TRUE);
        assertThat(eval("count-selected(${P3}) = 2")).isEqualTo(TRUE);
        assertThat(eval("count-selected(${P1}) = 1")).isEqualTo(TRUE);
        assertThat(eval("${P3} = 'prostitution sex_tourism'")).as("codes joined by spaces, as XLSForm compares").isEqualTo(TRUE);
    }

    @Test
    void textsAndDates() {
        assertThat(eval("${D} < '2002-04-01'")).isEqualTo(TRUE);
        assertThat(eval("${D} >= '2002-03-16'")).isEqualTo(FALSE);
        assertThat(eval("${P1} < 'yes'")).isEqualTo(TRUE);
        assertThat(eval("${P1}")).as("a known answer is true").isEqualTo(TRUE);
        assertThat(eval("${P3} = 3")).as("codes are no number").isEqualTo(UNDETERMINED);
    }
}
