package org.oas.cim.pipeline.codebook;

import java.util.Locale;

/** The kinds of item an instrument asks, as written in the codebook's {@code type} column. */
public enum ItemType {
    SELECT_ONE, SELECT_MULTIPLE, ESTIMATE, INTEGER, DATE, TEXT;

    /** Parses the first word of an XLSForm type cell: {@code select_one}, {@code estimate}, ... */
    public static ItemType parse(String word) {
        return valueOf(word.trim().toUpperCase(Locale.ROOT));
    }

    public boolean hasChoices() {
        return this == SELECT_ONE || this == SELECT_MULTIPLE;
    }
}
