package org.oas.cim.pipeline.layout;

import org.oas.cim.pipeline.codebook.Item;
import org.oas.cim.pipeline.normalize.Fuzzy;
import org.oas.cim.pipeline.normalize.TextKey;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The labels a header may fuzzily match, with a cheap first look before {@link Fuzzy#best}: a header is compared
 * only with label keys it could be close to under {@link Fuzzy}'s documented rule (a length within one edit per
 * eight characters, or the shorter's words all found in the longer, a few words apart). Every cell of a sheet's
 * first rows is matched while its header is sought, and most are long free text that is close to no label.
 */
final class FuzzyLabels {
    private static final int CHARACTERS_PER_EDIT = 8;
    private static final int WORDS_PER_MISSING_WORD = 5;

    private record Label(String key, List<String> words, Set<String> wordSet, Map<String, Item> items) {
    }

    private final List<Label> labels;

    /** @param labels label key to the items it names, per instrument */
    FuzzyLabels(Map<String, Map<String, Item>> labels) {
        this.labels = labels.entrySet().stream()
                .map(e -> new Label(e.getKey(), words(e.getKey()), Set.copyOf(words(e.getKey())), e.getValue()))
                .toList();
    }

    /**
     * The items of the single closest label, or empty when none is close or two items are equally close.
     *
     * @param key the header's {@link TextKey key}
     */
    Optional<Map<String, Item>> closest(String key) {
        if (key.replace(" ", "").length() < Fuzzy.MIN_LETTERS) {
            return Optional.empty();
        }
        List<String> words = words(key);
        Set<String> wordSet = Set.copyOf(words);
        Map<String, Map<String, Item>> near = new LinkedHashMap<>();
        for (Label label : labels) {
            if (mayBeClose(key, words, wordSet, label)) {
                near.put(label.key(), label.items());
            }
        }
        return near.isEmpty() ? Optional.empty() : Fuzzy.best(key, near);
    }

    private static boolean mayBeClose(String key, List<String> words, Set<String> wordSet, Label label) {
        int longest = Math.max(key.length(), label.key().length());
        if (Math.abs(key.length() - label.key().length()) <= Math.max(1, longest / CHARACTERS_PER_EDIT)) {
            return true;
        }
        int missing = Math.abs(words.size() - label.words().size());
        int allowed = Math.max(1, Math.max(words.size(), label.words().size()) / WORDS_PER_MISSING_WORD);
        if (missing < 1 || missing > allowed || Math.min(words.size(), label.words().size()) < 2) {
            return false;
        }
        return words.size() < label.words().size() ? label.wordSet().containsAll(words) : wordSet.containsAll(label.words());
    }

    private static List<String> words(String key) {
        return Arrays.asList(key.split(" "));
    }
}
