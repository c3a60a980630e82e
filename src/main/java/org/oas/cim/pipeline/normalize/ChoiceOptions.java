package org.oas.cim.pipeline.normalize;

import org.oas.cim.pipeline.codebook.Choice;
import org.oas.cim.pipeline.codebook.ChoiceList;
import org.oas.cim.pipeline.codebook.Item;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The choices of one list, keyed by code, then label (in every language), then alias: where two choices
 * share a key, the earlier of these wins. A list with the codes {@code yes} and {@code no} also takes the
 * vocabulary's yes and no words; a list with the code {@code other} takes {@code Other: <text>}. These three
 * codes are the codebook's conventions (as {@link ChoiceList#UNKNOWN} is), not choices spelled here.
 */
final class ChoiceOptions implements Options {
    private static final String YES = "yes";
    private static final String NO = "no";
    private static final String OTHER = "other";

    private final ChoiceList list;
    private final Vocabulary vocabulary;
    private final boolean yesNo;
    private final Map<String, String> byKey = new LinkedHashMap<>();

    ChoiceOptions(ChoiceList list, Vocabulary vocabulary) {
        this.list = list;
        this.vocabulary = vocabulary;
        this.yesNo = list.byCode(YES).isPresent() && list.byCode(NO).isPresent();
        list.choices().forEach(c -> put(c.code(), c));
        list.choices().forEach(c -> new TreeMap<>(c.labels()).values().forEach(label -> put(label, c)));
        list.choices().forEach(c -> c.aliases().forEach(alias -> put(alias, c)));
    }

    private void put(String text, Choice choice) {
        String key = TextKey.of(text);
        if (!key.isEmpty()) {
            byKey.putIfAbsent(key, choice.code());
        }
    }

    @Override
    public Optional<String> exact(String text) {
        String code = byKey.get(TextKey.of(text));
        if (code != null) {
            return Optional.of(code);
        }
        if (yesNo) {
            return vocabulary.yesNo(text).map(yes -> yes ? YES : NO);
        }
        return Optional.empty();
    }

    @Override
    public Optional<String> fuzzy(String text) {
        return Fuzzy.best(text, byKey);
    }

    @Override
    public Optional<String> otherCode() {
        return list.byCode(OTHER).map(Choice::code);
    }

    @Override
    public int rank(String code) {
        return list.byCode(code).map(Choice::rank).orElse(Integer.MAX_VALUE);
    }

    @Override
    public Problem unknown(Item item, String part) {
        return Problems.unknownChoice(item, part);
    }
}
