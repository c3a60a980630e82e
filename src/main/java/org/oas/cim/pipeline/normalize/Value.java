package org.oas.cim.pipeline.normalize;

import java.time.LocalDate;
import java.util.List;

/**
 * A cell's value normalized to its item's type. {@link Missing} (no answer) and {@link Unknown}
 * ("don't know": an answer without information) are never votes in any consensus.
 */
public sealed interface Value {
    /** The kind as stored in the {@code answer.value_kind} column. */
    String kind();

    /** Blank, {@code -}, {@code n/a}, ...: no answer. */
    record Missing() implements Value {
        public String kind() {
            return "missing";
        }
    }

    /** {@code no sabe}, {@code NS/NR}, {@code ?}: the respondent says they do not know. */
    record Unknown() implements Value {
        public String kind() {
            return "unknown";
        }
    }

    /** A select_one answer or a country: one choice code ({@code yes}, {@code 3}, {@code CR}). */
    record Code(String code) implements Value {
        public String kind() {
            return "code";
        }
    }

    /**
     * A select_multiple answer: the codes named, in codebook order, without repeats.
     *
     * @param otherNote the text after {@code Other:}, kept only where the item is not pii, else null
     */
    record Codes(List<String> codes, String otherNote) implements Value {
        public Codes {
            codes = List.copyOf(codes);
        }

        public String kind() {
            return "codes";
        }
    }

    /**
     * An estimate: the interval {@code [low, high]}; {@code high} null means open ({@code más de 200}).
     *
     * @param approximate the respondent said it was approximate ({@code aprox. 300}, {@code cientos})
     */
    record Interval(long low, Long high, boolean approximate) implements Value {
        public String kind() {
            return "interval";
        }

        /** The point value: the midpoint, or the low bound where the interval is open. */
        public double point() {
            return high == null ? low : (low + high) / 2.0;
        }
    }

    /** An exact count (official figures, a year). */
    record Count(long value) implements Value {
        public String kind() {
            return "count";
        }
    }

    /** A date; {@code monthPrecision} where only month and year were given ({@code marzo 2002}: day 1 stored). */
    record DateValue(LocalDate date, boolean monthPrecision) implements Value {
        public String kind() {
            return "date";
        }
    }

    /** Free text: kept only as a raw cell, never published. */
    record Text(String text) implements Value {
        public String kind() {
            return "text";
        }
    }

    /** Whether this value is an answer that carries information (neither missing nor unknown). */
    default boolean isKnown() {
        return !(this instanceof Missing) && !(this instanceof Unknown);
    }
}
