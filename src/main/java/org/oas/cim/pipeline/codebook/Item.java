package org.oas.cim.pipeline.codebook;

import java.util.List;
import java.util.Map;

/**
 * One question of an instrument.
 *
 * @param code      short code, the same in both instruments for an indicator ({@code P1})
 * @param name      machine name ({@code trafficking_present})
 * @param type      what kind of value it takes
 * @param listName  the choice list of a select item ({@code yes_no_unknown}, {@code country}), else null
 * @param section   the block it belongs to: {@code respondent}, {@code presence}, {@code law},
 *                  {@code services}, {@code official}
 * @param role      what a respondent-block item tells about the respondent ({@code country}, {@code region},
 *                  {@code organization}, {@code source_type}, {@code name}, {@code response_date}), or null
 * @param labels    the question's label per language
 * @param aliases   further header spellings that mean this item
 * @param pii       personal data: never in outputs, logs or reports
 * @param sensitive published only as the country-level value, and only where enough respondents stand behind it
 * @param rules     its consistency rules with other items ({@link ItemRules#NONE} where it has none)
 */
public record Item(String code, String name, ItemType type, String listName, String section, String role,
                   Map<String, String> labels, List<String> aliases, boolean pii, boolean sensitive, ItemRules rules) {
    public Item {
        labels = Map.copyOf(labels);
        aliases = List.copyOf(aliases);
        rules = rules == null ? ItemRules.NONE : rules;
    }

    /** An item without consistency rules. */
    public Item(String code, String name, ItemType type, String listName, String section, String role,
                Map<String, String> labels, List<String> aliases, boolean pii, boolean sensitive) {
        this(code, name, type, listName, section, role, labels, aliases, pii, sensitive, ItemRules.NONE);
    }

    public String label(String language) {
        return labels.getOrDefault(language, labels.getOrDefault("en", name));
    }

    /** Free text: kept raw, never normalized into outputs. */
    public boolean isText() {
        return type == ItemType.TEXT;
    }
}
