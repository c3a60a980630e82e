package org.oas.cim.pipeline.ingest;

import org.oas.cim.pipeline.normalize.Value;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/**
 * How a normalized value is spread over the {@code answer} table's columns, and read back: the one place that
 * knows it, for the stores that write answers and those that read them. Missing values and free text are never
 * stored as answers.
 */
public final class AnswerColumns {
    /** The value columns, in the order {@link #of} gives them. */
    static final String NAMES = "value_kind, value_code, other_note, low_value, high_value, approximate, count_value, "
            + "date_value, month_precision";

    private AnswerColumns() {
    }

    /** Whether a value is stored as an answer row at all. */
    static boolean isStored(Value value) {
        return !(value instanceof Value.Missing) && !(value instanceof Value.Text);
    }

    /** The values of the columns {@link #NAMES}, in that order. */
    static Object[] of(Value value) {
        Object[] c = new Object[9];
        c[0] = value.kind();
        if (value instanceof Value.Code code) {
            c[1] = code.code();
        } else if (value instanceof Value.Codes codes) {
            c[1] = String.join(" ", codes.codes());
            c[2] = codes.otherNote();
        } else if (value instanceof Value.Interval interval) {
            c[3] = interval.low();
            c[4] = interval.high();
            c[5] = interval.approximate();
        } else if (value instanceof Value.Count count) {
            c[6] = count.value();
        } else if (value instanceof Value.DateValue date) {
            c[7] = Date.valueOf(date.date());
            c[8] = date.monthPrecision();
        }
        return c;
    }

    /** Reads the value back from a row holding the columns {@link #NAMES}. */
    public static Value read(ResultSet rs) throws SQLException {
        String kind = rs.getString("value_kind");
        return switch (kind) {
            case "unknown" -> new Value.Unknown();
            case "code" -> new Value.Code(rs.getString("value_code"));
            case "codes" -> new Value.Codes(splitCodes(rs.getString("value_code")), rs.getString("other_note"));
            case "interval" -> new Value.Interval(rs.getLong("low_value"), (Long) rs.getObject("high_value", Long.class),
                    rs.getBoolean("approximate"));
            case "count" -> new Value.Count(rs.getLong("count_value"));
            case "date" -> new Value.DateValue(rs.getDate("date_value").toLocalDate(), rs.getBoolean("month_precision"));
            default -> throw new IllegalStateException("unknown value kind in the answer table: " + kind);
        };
    }

    private static List<String> splitCodes(String codes) {
        return codes == null || codes.isBlank() ? List.of() : Arrays.asList(codes.split(" "));
    }
}
