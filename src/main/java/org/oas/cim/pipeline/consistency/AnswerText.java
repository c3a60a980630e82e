package org.oas.cim.pipeline.consistency;

import org.oas.cim.pipeline.normalize.Value;

/**
 * An answer as a broken rule's message quotes it, the same in every language: codes as the codebook writes them,
 * an estimate as {@code 150}, {@code 50-100}, {@code 200+} or {@code ~300}.
 */
final class AnswerText {
    private AnswerText() {
    }

    static String of(Value value) {
        if (value instanceof Value.Code code) {
            return code.code();
        }
        if (value instanceof Value.Codes codes) {
            return String.join(" ", codes.codes());
        }
        if (value instanceof Value.Interval interval) {
            String text = interval.high() == null ? interval.low() + "+"
                    : interval.high() == interval.low() ? String.valueOf(interval.low()) : interval.low() + "-" + interval.high();
            return interval.approximate() ? "~" + text : text;
        }
        if (value instanceof Value.Count count) {
            return String.valueOf(count.value());
        }
        if (value instanceof Value.DateValue date) {
            return date.date().toString();
        }
        if (value instanceof Value.Text text) {
            return text.text();
        }
        return value.kind();
    }
}
