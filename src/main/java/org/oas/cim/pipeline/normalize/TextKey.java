package org.oas.cim.pipeline.normalize;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The comparison forms of researchers' text. Every match in the pipeline (headers, choices, countries,
 * organizations, vocabulary words) compares {@link #of keys}, so that case, accents, punctuation and stray
 * spaces never decide whether two spellings are the same. One pass per text: keys are taken for every cell.
 */
public final class TextKey {
    private TextKey() {
    }

    /**
     * The key: lower case, accents removed ({@code ß} as {@code ss}, {@code æ} as {@code ae}, {@code ø} as
     * {@code o}), every run of punctuation or space turned into one space, trimmed. Idempotent;
     * {@code null} gives the empty key.
     */
    public static String of(String text) {
        return fold(text, false);
    }

    /**
     * Lower case, accents removed and spaces collapsed, but punctuation kept: the form in which numbers
     * ({@code 1.500}), ranges ({@code 50-100}) and dates ({@code 15/03/2002}) are still readable.
     */
    public static String fold(String text) {
        return fold(text, true);
    }

    /** The text as written, trimmed and with runs of spaces (line breaks, no-break spaces) collapsed to one. */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                space = true;
            } else {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                out.append(c);
                space = false;
            }
        }
        return out.toString();
    }

    private static String fold(String text, boolean keepPunctuation) {
        if (text == null) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT);
        String decomposed = isAscii(lower) ? lower : Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean gap = false;
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            if (isMark(c)) {
                continue;
            }
            boolean kept = isLetterOrNumber(c) || keepPunctuation && !isSpace(c);
            if (!kept) {
                gap = true;
                continue;
            }
            if (gap && out.length() > 0) {
                out.append(' ');
            }
            gap = false;
            appendLetter(out, c);
        }
        return out.toString();
    }

    /** Letters that NFD does not decompose into a base letter and a mark. */
    private static void appendLetter(StringBuilder out, int c) {
        switch (c) {
            case 'ß' -> out.append("ss");
            case 'æ' -> out.append("ae");
            case 'œ' -> out.append("oe");
            case 'ø' -> out.append('o');
            case 'đ', 'ð' -> out.append('d');
            case 'ł' -> out.append('l');
            case 'þ' -> out.append("th");
            case 'ı' -> out.append('i');
            default -> out.appendCodePoint(c);
        }
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isLetterOrNumber(int c) {
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
