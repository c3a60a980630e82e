package org.oas.cim.pipeline.normalize;

import org.apache.commons.text.similarity.LevenshteinDistance;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * "A close fuzzy match": a typo or one missing word in a long label, never a loose match of a short code.
 * Two texts are close when, as {@link TextKey keys}, both have at least {@link #MIN_LETTERS} letters and
 * digits, their numbers are the same, and either their edit distance is at most one per eight characters of
 * the longer, or the one with fewer words is the other with words left out (one word, or one per five words
 * of the longer; the shorter keeping at least two words).
 */
public final class Fuzzy {
    /** Keys shorter than this ({@code no}, {@code nee}, {@code CR}, {@code Peru}) only ever match exactly. */
    public static final int MIN_LETTERS = 6;
    private static final int CHARACTERS_PER_EDIT = 8;
    private static final int WORDS_PER_MISSING_WORD = 5;

    private Fuzzy() {
    }

    /** Whether {@code a} and {@code b} are the same text, or close in the sense above. */
    public static boolean close(String a, String b) {
        return distance(a, b).isPresent();
    }

    /**
     * The edit distance between the keys of {@code a} and {@code b} when they are equal or close, else empty:
     * the smaller, the closer.
     */
    public static OptionalInt distance(String a, String b) {
        return distanceOfKeys(TextKey.of(a), TextKey.of(b));
    }

    private static OptionalInt distanceOfKeys(String x, String y) {
        if (x.isEmpty() || y.isEmpty()) {
            return OptionalInt.empty();
        }
        if (x.equals(y)) {
            return OptionalInt.of(0);
        }
        if (letters(x) < MIN_LETTERS || letters(y) < MIN_LETTERS) {
            return OptionalInt.empty();
        }
        int allowed = Math.max(1, Math.max(x.length(), y.length()) / CHARACTERS_PER_EDIT);
        int distance = Math.abs(x.length() - y.length()) <= allowed ? new LevenshteinDistance(allowed).apply(x, y) : -1;
        if (distance < 0 && wordsLeftOut(x, y)) {
            distance = LevenshteinDistance.getDefaultInstance().apply(x, y);
        }
        if (distance < 0 || !numbers(x).equals(numbers(y))) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(distance);
    }

    /**
     * The value of the single closest candidate key, or empty when none is close or when candidates with
     * different values are equally close (an ambiguous guess is no match).
     *
     * @param candidates key to value, iterated in its own order; the keys must be {@link TextKey#of} keys
     *                   (computed once by the caller: keying every candidate on every call would be slow)
     */
    public static <T> Optional<T> best(String text, Map<String, T> candidates) {
        String key = TextKey.of(text);
        int bestDistance = Integer.MAX_VALUE;
        T best = null;
        boolean ambiguous = false;
        for (Map.Entry<String, T> candidate : candidates.entrySet()) {
            OptionalInt d = distanceOfKeys(key, candidate.getKey());
            if (d.isEmpty() || d.getAsInt() > bestDistance) {
                continue;
            }
            if (d.getAsInt() < bestDistance) {
                bestDistance = d.getAsInt();
                best = candidate.getValue();
                ambiguous = false;
            } else if (!Objects.equals(best, candidate.getValue())) {
                ambiguous = true;
            }
        }
        return ambiguous ? Optional.empty() : Optional.ofNullable(best);
    }

    private static boolean wordsLeftOut(String x, String y) {
        int spacesX = spaces(x);
        int spacesY = spaces(y);
        if (spacesX == spacesY || Math.min(spacesX, spacesY) == 0) {
            return false;
        }
        List<String> a = words(x);
        List<String> b = words(y);
        List<String> shorter = a.size() <= b.size() ? a : b;
        List<String> longer = a.size() <= b.size() ? b : a;
        int missing = longer.size() - shorter.size();
        int allowed = Math.max(1, longer.size() / WORDS_PER_MISSING_WORD);
        return shorter.size() >= 2 && missing >= 1 && missing <= allowed && isSubsequence(shorter, longer);
    }

    private static boolean isSubsequence(List<String> part, List<String> whole) {
        int i = 0;
        for (String word : whole) {
            if (i < part.size() && part.get(i).equals(word)) {
                i++;
            }
        }
        return i == part.size();
    }

    private static List<String> words(String key) {
        return Arrays.asList(key.split(" "));
    }

    private static int letters(String key) {
        return key.length() - spaces(key);
    }

    private static int spaces(String key) {
        int spaces = 0;
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) == ' ') {
                spaces++;
            }
        }
        return spaces;
    }

    /** The key's digit runs, each followed by a space: {@code children under 12} gives {@code "12 "}. */
    private static String numbers(String key) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isDigit(c)) {
                digits.append(c);
            } else if (digits.length() > 0 && digits.charAt(digits.length() - 1) != ' ') {
                digits.append(' ');
            }
        }
        if (digits.length() > 0 && digits.charAt(digits.length() - 1) != ' ') {
            digits.append(' ');
        }
        return digits.toString();
    }
}
