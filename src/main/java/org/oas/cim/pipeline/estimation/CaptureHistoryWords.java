package org.oas.cim.pipeline.estimation;

import java.util.Set;

import org.oas.cim.pipeline.normalize.TextKey;

/**
 * The words of capture-history tables in English, Spanish and Portuguese (estimation.md), and as statisticians' tools
 * write them (R's {@code Freq} and dplyr's {@code n}, Stata's {@code _freq}, SparseMSE's {@code count}, MARK's
 * {@code ch}): the names of the count, country, year and pattern columns, and the marks that put a person on a list or
 * not. Compared as {@link TextKey#of} keys, so that case, accents and punctuation do not matter.
 */
final class CaptureHistoryWords {
    private static final Set<String> COUNT = Set.of("count", "counts", "n", "frequency", "frequencies", "freq", "frecuencia",
            "frecuencias", "cantidad", "contagem", "frequencia", "frequencias", "conteo", "number", "numero", "quantidade",
            "people", "persons", "personas", "pessoas", "number of people", "numero de personas", "numero de pessoas");
    private static final Set<String> COUNTRY = Set.of("country", "pais");
    private static final Set<String> YEAR = Set.of("year", "ano", "anio");
    private static final Set<String> PATTERN = Set.of("pattern", "history", "capture history", "capture histories", "ch",
            "patron", "historia", "historia de captura", "padrao", "historico", "historico de captura",
            "combinacion", "combinacao");
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

    /** A column holding each row's lists as one text, {@code 10110}. */
    static boolean isPatternColumn(String header) {
        return PATTERN.contains(TextKey.of(header));
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
