package org.oas.cim.pipeline.publish;

import org.oas.cim.pipeline.verify.Status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What a column holds, and so how every writer renders it. Decimals and shares are rounded once, here, to
 * {@link #SCALE} places, so that the CSV file, the workbook and the database carry the same number.
 */
public enum ColumnType {
    /** Text; a cell that a spreadsheet could take for a formula is guarded by the writers. */
    TEXT,
    /** A whole number. */
    INTEGER,
    /** A statistic (median, alpha, ratio), at {@link #SCALE} decimals. */
    DECIMAL,
    /** A proportion from 0 to 1, at {@link #SCALE} decimals; shown as a percentage in the workbook. */
    SHARE,
    /** true or false. */
    BOOLEAN,
    /** A verification status. */
    STATUS,
    /** A calendar date, written ISO 8601 ({@code 2003-05-31}). */
    DATE,
    /** An instant, written ISO 8601 in UTC ({@code 2026-11-05T10:15:30Z}). */
    TIMESTAMP;

    /** Decimal places of {@link #DECIMAL} and {@link #SHARE} values. */
    public static final int SCALE = 4;

    public boolean isNumber() {
        return this == INTEGER || this == DECIMAL || this == SHARE;
    }

    /**
     * The canonical form of a cell value: Long for integers, BigDecimal at {@link #SCALE} for decimals and
     * shares, the value itself otherwise; null stays null (an empty cell).
     *
     * @throws IllegalArgumentException where the value does not fit the type (NaN and infinities included)
     */
    Object canonical(Object value) {
        if (value == null) {
            return null;
        }
        return switch (this) {
            case TEXT -> require(value, String.class);
            case INTEGER -> integer(value);
            case DECIMAL, SHARE -> decimal(value);
            case BOOLEAN -> require(value, Boolean.class);
            case STATUS -> require(value, Status.class);
            case DATE -> require(value, LocalDate.class);
            case TIMESTAMP -> require(value, Instant.class);
        };
    }

    private Object require(Object value, Class<?> type) {
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException(this + " cell needs a " + type.getSimpleName() + ", got " + value.getClass().getSimpleName());
        }
        return value;
    }

    private Long integer(Object value) {
        if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            return ((Number) value).longValue();
        }
        throw new IllegalArgumentException("INTEGER cell needs a whole number, got " + value.getClass().getSimpleName());
    }

    private BigDecimal decimal(Object value) {
        BigDecimal exact;
        if (value instanceof BigDecimal big) {
            exact = big;
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException(this + " cell must be finite, got " + d);
            }
            exact = BigDecimal.valueOf(d);
        } else if (value instanceof Long || value instanceof Integer) {
            exact = BigDecimal.valueOf(((Number) value).longValue());
        } else {
            throw new IllegalArgumentException(this + " cell needs a number, got " + value.getClass().getSimpleName());
        }
        return exact.setScale(SCALE, RoundingMode.HALF_EVEN);
    }
}
