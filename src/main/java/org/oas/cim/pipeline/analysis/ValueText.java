package org.oas.cim.pipeline.analysis;

import org.oas.cim.pipeline.normalize.Value;

/** A normalized value as one line of text for evidence: {@code yes}, {@code prostitution sex_tourism}, {@code [100, 200]}. */
final class ValueText {
    private ValueText() {
    }

    static String of(Value value) {
        if (value instanceof Value.Code code) {
            return code.code();
        }
        if (value instanceof Value.Codes codes) {
            return String.join(" ", codes.codes());
        }
        if (value instanceof Value.Interval interval) {
            return "[" + interval.low() + ", " + (interval.high() == null ? "open" : interval.high()) + "]"
                    + (interval.approximate() ? " approximate" : "");
        }
        if (value instanceof Value.Count count) {
            return String.valueOf(count.value());
        }
        if (value instanceof Value.DateValue date) {
            return date.monthPrecision() ? date.date().toString().substring(0, 7) : date.date().toString();
        }
        return value.kind();
    }
}
