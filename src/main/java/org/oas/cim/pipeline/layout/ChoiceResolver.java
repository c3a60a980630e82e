package org.oas.cim.pipeline.layout;

import org.oas.cim.pipeline.codebook.Choice;
import org.oas.cim.pipeline.codebook.ChoiceList;
import org.oas.cim.pipeline.codebook.Codebook;
import org.oas.cim.pipeline.codebook.Item;
import org.oas.cim.pipeline.normalize.CountryMatch;
import org.oas.cim.pipeline.normalize.Countries;
import org.oas.cim.pipeline.normalize.TextKey;

import java.util.HashMap;
import java.util.Map;

/**
 * Which choice of an item a per-choice header names ({@code prostitution}, {@code Prostitución}, {@code CO}):
 * by code, label in any language or alias, compared as {@link TextKey keys}; countries through
 * {@link Countries}. Only exact matches: a header that only nearly names a choice is left unmatched.
 */
final class ChoiceResolver {
    private final Map<String, Map<String, String>> codesByList = new HashMap<>();
    private final Countries countries;

    ChoiceResolver(Codebook codebook) {
        this.countries = new Countries(codebook);
        for (ChoiceList list : codebook.lists().values()) {
            Map<String, String> codes = new HashMap<>();
            // Codes first: a code outranks another choice's label that happens to spell it.
            list.choices().forEach(choice -> codes.putIfAbsent(TextKey.of(choice.code()), choice.code()));
            for (Choice choice : list.choices()) {
                choice.labels().values().forEach(label -> codes.putIfAbsent(TextKey.of(label), choice.code()));
                choice.aliases().forEach(alias -> codes.putIfAbsent(TextKey.of(alias), choice.code()));
            }
            codesByList.put(list.name(), codes);
        }
    }

    /** The code of the choice of {@code item} that {@code text} names, or null. */
    String resolve(Item item, String text) {
        if (Codebook.COUNTRY_LIST.equals(item.listName())) {
            return countries.match(text).filter(m -> !m.fuzzy()).map(CountryMatch::country).map(c -> c.alpha2()).orElse(null);
        }
        Map<String, String> codes = codesByList.get(item.listName());
        return codes == null ? null : codes.get(TextKey.of(text));
    }
}
