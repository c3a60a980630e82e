package org.oas.cim.pipeline.layout;

import org.oas.cim.pipeline.codebook.Item;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What one header means.
 *
 * @param kind       what the column holds
 * @param items      for {@link HeaderKind#ITEM} and {@link HeaderKind#CHOICE_COLUMN}: the matched item per
 *                   instrument id, in codebook order (a code both instruments ask, {@code P1}, matches both; a
 *                   label such as {@code País} matches R1 in one and I1 in the other); empty otherwise
 * @param choiceCode the choice of a {@link HeaderKind#CHOICE_COLUMN}, else null
 * @param fuzzy      taken by a close, not an exact, match: the caller warns ({@code fuzzy-match})
 */
public record HeaderMatch(HeaderKind kind, Map<String, Item> items, String choiceCode, boolean fuzzy) {
    static final HeaderMatch NONE = of(HeaderKind.NONE);

    public HeaderMatch {
        items = Collections.unmodifiableMap(new LinkedHashMap<>(items));
    }

    static HeaderMatch of(HeaderKind kind) {
        return new HeaderMatch(kind, Map.of(), null, false);
    }

    /** Whether the column holds answers to an item (the whole answer, or one choice of it). */
    public boolean isAnswer() {
        return kind.isAnswer();
    }

    /** The instruments whose items this header matched. */
    public Set<String> instruments() {
        return items.keySet();
    }

    /** The matched item of the first instrument that has one (codebook order), or null. */
    public Item item() {
        return items.isEmpty() ? null : items.values().iterator().next();
    }

    /** The matched item in {@code instrumentId}, or null where this header means nothing there. */
    public Item item(String instrumentId) {
        return items.get(instrumentId);
    }

    HeaderMatch asFuzzy() {
        return new HeaderMatch(kind, items, choiceCode, true);
    }
}
