package org.oas.cim.pipeline.normalize;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The comparison forms of researchers' text. Every match in the pipeline (headers, choices, countries,
 * organizations, vocabulary words) compares {@link #of keys}, so that case, accents, punctuation and stray
 * spaces never decide whether two spellings are the same.
 */
public final class TextKey {
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private TextKey() {
    }

    /**
     * The key: lower case, accents removed ({@code ß} as {@code ss}, {@code æ} as {@code ae}, {@code ø} as
     * {@code o}), every run of punctuation or space turned into one space, trimmed. Idempotent;
     * {@code null} gives the empty key.
     */
    public static String of(String text) {
        String folded = fold(text);
        return NOT_LETTER_OR_DIGIT.matcher(folded).replaceAll(" ").trim();
    }

    /**
     * Lower case, accents removed and spaces collapsed, but punctuation kept: the form in which numbers
     * ({@code 1.500}), ranges ({@code 50-100}) and dates ({@code 15/03/2002}) are still readable.
     */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT);
        String stripped = COMBINING_MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        return clean(ligatures(stripped));
    }

    /** The text as written, trimmed and with runs of spaces (line breaks, no-break spaces) collapsed to one. */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        return SPACES.matcher(text).replaceAll(" ").trim();
    }

    /** Letters that NFD does not decompose into a base letter and a mark. */
    private static String ligatures(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case 'ß' -> out.append("ss");
                case 'æ' -> out.append("ae");
                case 'œ' -> out.append("oe");
                case 'ø' -> out.append('o');
                case 'đ', 'ð' -> out.append('d');
                case 'ł' -> out.append('l');
                case 'þ' -> out.append("th");
                case 'ı' -> out.append('i');
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
