package org.oas.cim.pipeline.microdata;

import org.oas.cim.pipeline.normalize.Value;

import java.time.LocalDate;

/**
 * One normalized answer as the database holds it (never free text: that is not stored as an answer).
 *
 * @param kind        unknown, code, codes, interval, count or date
 * @param code        a choice or country code; for codes, the codes separated by spaces
 * @param low         an estimate's low end
 * @param high        an estimate's high end
 * @param approximate whether the estimate was given as approximate
 * @param count       a whole number
 * @param date        a date
 */
record StoredAnswer(String kind, String code, Long low, Long high, Boolean approximate, Long count, LocalDate date) {
    static final String UNKNOWN = "unknown";
    static final String CODES = "codes";

    static StoredAnswer of(Value value) {
        if (value instanceof Value.Code code) {
            return new StoredAnswer(value.kind(), code.code(), null, null, null, null, null);
        }
        if (value instanceof Value.Codes codes) {
            return new StoredAnswer(value.kind(), String.join(" ", codes.codes()), null, null, null, null, null);
        }
        if (value instanceof Value.Interval interval) {
            return new StoredAnswer(value.kind(), null, interval.low(), interval.high(), interval.approximate(), null, null);
        }
        if (value instanceof Value.Count count) {
            return new StoredAnswer(value.kind(), null, null, null, null, count.value(), null);
        }
        if (value instanceof Value.DateValue date) {
            return new StoredAnswer(value.kind(), null, null, null, null, null, date.date());
        }
        return new StoredAnswer(value.kind(), null, null, null, null, null, null);
    }
}
