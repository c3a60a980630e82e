package org.oas.cim.pipeline.codebook;

import java.util.List;
import java.util.Map;

/**
 * A country of the reference list.
 *
 * @param alpha2    ISO 3166-1 alpha-2 code, or a code the study still uses (AN)
 * @param alpha3    ISO 3166-1 alpha-3 code
 * @param names     name per language (en, es, pt, fr, nl)
 * @param aliases   short forms and variants (EE.UU., Rep. Dominicana, Holanda)
 * @param countedAs the country this one counts as in the study (Curaçao as AN), else null
 */
public record Country(String alpha2, String alpha3, Map<String, String> names, List<String> aliases, String countedAs) {
    public Country {
        names = Map.copyOf(names);
        aliases = List.copyOf(aliases);
    }

    /** The code answers carry: this country's own, or the one it counts as. */
    public String studyCode() {
        return countedAs == null || countedAs.isBlank() ? alpha2 : countedAs;
    }

    public String name(String language) {
        return names.getOrDefault(language, names.getOrDefault("en", alpha2));
    }
}
