package org.oas.cim.pipeline.microdata;

import org.oas.cim.pipeline.publish.ColumnType;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * One column of {@code answers.csv} as the loaders declare it.
 *
 * @param name        a name R, SPSS and Stata all accept: lower-case letters, digits and {@code _}, at most 32
 * @param type        TEXT (codes), INTEGER (counts, ends of estimates, 0/1 flags) or DATE
 * @param label       the variable label, in the output language
 * @param valueLabels code (as the CSV writes it) to label, in order; empty where the values are not codes
 * @param width       the longest text the column can hold, for SPSS's string formats
 * @param value       the cell of a respondent (null: empty)
 */
record Variable(String name, ColumnType type, String label, Map<String, String> valueLabels, int width,
                Function<Respondent, Object> value) {
    Variable {
        valueLabels = Collections.unmodifiableMap(new LinkedHashMap<>(valueLabels));
        if (!name.matches("[a-z][a-z0-9_]{0,31}")) {
            throw new IllegalArgumentException("not a variable name R, SPSS and Stata all accept: " + name);
        }
    }

    boolean coded() {
        return !valueLabels.isEmpty();
    }
}
