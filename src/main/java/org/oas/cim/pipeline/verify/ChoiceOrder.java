package org.oas.cim.pipeline.verify;

import org.oas.cim.pipeline.codebook.Choice;
import org.oas.cim.pipeline.codebook.ChoiceList;
import org.oas.cim.pipeline.codebook.Codebook;
import org.oas.cim.pipeline.codebook.Country;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders codes as their choice list does (countries as the country list does). Codes the list does not
 * know come after, alphabetically, and null last, so that the order stays total and deterministic.
 */
final class ChoiceOrder {
    private ChoiceOrder() {
    }

    static Comparator<String> of(Codebook codebook, String listName) {
        List<String> codes = Codebook.COUNTRY_LIST.equals(listName)
                ? codebook.countries().stream().map(Country::alpha2).toList()
                : codebook.list(listName).choices().stream().map(Choice::code).toList();
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            position.putIfAbsent(codes.get(i), i);
        }
        Comparator<String> known = Comparator.comparing(code -> position.getOrDefault(code, Integer.MAX_VALUE));
        return Comparator.nullsLast(known.thenComparing(Comparator.naturalOrder()));
    }

    /**
     * The rank of each informative code of an ordinal list, from 0; {@code unknown} has none.
     */
    static Map<String, Integer> ranks(ChoiceList list) {
        Map<String, Integer> ranks = new HashMap<>();
        List<Choice> informative = list.informative();
        for (int i = 0; i < informative.size(); i++) {
            ranks.put(informative.get(i).code(), i);
        }
        return ranks;
    }

    /** The rank of a code answered from an ordinal list; a code the list does not know is a broken invariant. */
    static int rank(Map<String, Integer> ranks, String code) {
        Integer rank = ranks.get(code);
        if (rank == null) {
            throw new IllegalArgumentException("code " + code + " is not in the ordinal list it was answered from");
        }
        return rank;
    }

    /** Alphabetical, null last: for a stage whose instrument names no source-type list. */
    static Comparator<String> alphabetical() {
        return Comparator.nullsLast(Comparator.naturalOrder());
    }
}
