package org.oas.cim.pipeline.estimation;

import java.util.Set;

import org.oas.cim.pipeline.normalize.TextKey;

/**
 * The words of capture-history tables in English, Spanish and Portuguese (estimation.md): the names of the
 * count, country and year columns, and the marks that put a person on a list or not. Compared as
 * {@link TextKey#of} keys, so that case and accents do not matter.
 */
final class CaptureHistoryWords {
    private static final Set<String> COUNT = Set.of("count", "n", "frequency", "freq", "frecuencia", "cantidad",
            "contagem", "frequencia", "conteo");
    private static final Set<String> COUNTRY = Set.of("country", "pais");
    private static final Set<String> YEAR = Set.of("year", "ano");
    private static final Set<String> ON_LIST = Set.of("1", "x", "si", "yes", "y", "sim", "s", "true", "verdadero", "verdadeiro");
    private static final Set<String> OFF_LIST = Set.of("", "0", "no", "n", "nao", "false", "falso");

    /** What the count column may be called, for messages. */
    static final String COUNT_NAMES = "count, n, frequency, freq, frecuencia, cantidad, contagem";

    private CaptureHistoryWords() {
    }

    static boolean isCount(String header) {
        return COUNT.contains(TextKey.of(header));
    }

    static boolean isCountry(String header) {
        return COUNTRY.contains(TextKey.of(header));
    }

    static boolean isYear(String header) {
        return YEAR.contains(TextKey.of(header));
    }

    /** 1 for on the list, 0 for not (a blank or a dash too), null for a cell that is neither. */
    static Integer mark(String cell) {
        String key = TextKey.of(cell);
        if (ON_LIST.contains(key)) {
            return 1;
        }
        return OFF_LIST.contains(key) ? 0 : null;
    }
}
