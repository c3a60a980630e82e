package org.oas.cim.pipeline.consistency;

import org.oas.cim.pipeline.normalize.Value;

import java.util.List;

/** What a part of a rule evaluates to: an answer turned into something a rule can compare, count or combine. */
sealed interface Operand {
    /** A missing or unknown answer, or what cannot be computed from the answers (a division by zero). */
    record Nothing() implements Operand {
    }

    /** A choice code, a date ({@code 2002-03-15}) or a text. */
    record Text(String text) implements Operand {
    }

    /**
     * A number as an interval: an exact count is {@code [n, n]}, an estimate its interval, an open one
     * {@code [low, +infinity]}.
     *
     * @param approximate said to be approximate ({@code aprox. 300}, {@code cientos}): never compared with certainty
     */
    record Number(double low, double high, boolean approximate) implements Operand {
        static Number exact(double value) {
            return new Number(value, value, false);
        }

        boolean isExact() {
            return low == high && !approximate;
        }
    }

    /** A select_multiple answer: the codes named. */
    record Selection(List<String> codes) implements Operand {
    }

    record Logical(Truth truth) implements Operand {
    }

    static Operand of(Value value) {
        if (value == null || !value.isKnown()) {
            return new Nothing();
        }
        if (value instanceof Value.Code code) {
            return new Text(code.code());
        }
        if (value instanceof Value.Codes codes) {
            return new Selection(codes.codes());
        }
        if (value instanceof Value.Interval interval) {
            return new Number(interval.low(), interval.high() == null ? Double.POSITIVE_INFINITY : interval.high(),
                    interval.approximate());
        }
        if (value instanceof Value.Count count) {
            return Number.exact(count.value());
        }
        if (value instanceof Value.DateValue date) {
            return new Text(date.date().toString());
        }
        return new Text(((Value.Text) value).text());
    }
}
