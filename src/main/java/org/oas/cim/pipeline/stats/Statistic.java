package org.oas.cim.pipeline.stats;

/**
 * The result of one statistic: a finite number, or undefined with the reason in plain English (written
 * beside the empty cell of a report, so that nobody has to guess why it is empty).
 *
 * <p>Exactly one of the two components is non-null; a value is never NaN or infinite.
 *
 * @param value           the statistic, or null when undefined
 * @param undefinedReason why there is no value ("fewer than two pairable values"), or null when defined
 */
public record Statistic(Double value, String undefinedReason) {

    public Statistic {
        if ((value == null) == (undefinedReason == null)) {
            throw new IllegalArgumentException("a statistic has either a value or a reason for having none");
        }
        if (value != null && !Double.isFinite(value)) {
            throw new IllegalArgumentException("a statistic's value must be finite, was " + value);
        }
        if (undefinedReason != null && undefinedReason.isBlank()) {
            throw new IllegalArgumentException("an undefined statistic needs a reason");
        }
    }

    /** A defined statistic; {@code value} must be finite. */
    public static Statistic defined(double value) {
        return new Statistic(value, null);
    }

    /** An undefined statistic, with the reason in plain English. */
    public static Statistic undefined(String reason) {
        return new Statistic(null, reason);
    }

    /**
     * {@code value} when finite, else undefined with {@code reason}: the guard for arithmetic that may
     * overflow on extreme inputs.
     */
    public static Statistic ofFinite(double value, String reason) {
        return Double.isFinite(value) ? defined(value) : undefined(reason);
    }

    public boolean isDefined() {
        return value != null;
    }
}
