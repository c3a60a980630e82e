package org.oas.cim.pipeline.codebook;

import java.util.List;
import java.util.Map;

/**
 * One option of a choice list.
 *
 * @param code    the stable code stored in answers ({@code yes}, {@code prostitution}, {@code 3})
 * @param labels  label per language code ({@code en}, {@code es}, {@code pt}, ...)
 * @param aliases further spellings researchers use, matched like labels
 * @param rank    position in the list, from 0: the order of an ordinal list
 */
public record Choice(String code, Map<String, String> labels, List<String> aliases, int rank) {
    public Choice {
        labels = Map.copyOf(labels);
        aliases = List.copyOf(aliases);
    }

    /** The label in {@code language}, falling back to English, then to the code. */
    public String label(String language) {
        return labels.getOrDefault(language, labels.getOrDefault("en", code));
    }
}
