package org.oas.cim.pipeline.estimation;

import java.util.Comparator;

/**
 * The years a table covers, as its {@code year} column says them: {@code 2005} for one, {@code 2004-2006} where years
 * are pooled (the first and the last; a year between them without lists is not told apart), empty where no row says.
 */
final class YearSpan {
    /** Shorter first, so that years of different lengths compare as numbers; texts of one length as written. */
    private static final Comparator<String> ORDER = Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder());

    private String first;
    private String last;

    void add(String year) {
        if (year == null || year.isBlank()) {
            return;
        }
        String y = year.strip();
        if (first == null || ORDER.compare(y, first) < 0) {
            first = y;
        }
        if (last == null || ORDER.compare(y, last) > 0) {
            last = y;
        }
    }

    String text() {
        return first == null ? "" : first.equals(last) ? first : first + "-" + last;
    }
}
