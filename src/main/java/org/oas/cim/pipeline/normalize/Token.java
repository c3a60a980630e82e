package org.oas.cim.pipeline.normalize;

import java.util.ArrayList;
import java.util.List;

/**
 * A piece of folded text ({@link TextKey#fold}): a number, a word or one symbol. Numbers and words never
 * share a token ({@code 300víctimas} is two), so that grammar words are matched whole.
 */
record Token(Type type, String text) {
    enum Type { NUMBER, WORD, SYMBOL }

    boolean is(Type t) {
        return type == t;
    }

    /**
     * Splits folded text. With {@code groupedNumbers}, a number keeps its inner separators ({@code 1.500},
     * {@code 2,5}); without, {@code 15.03.2002} is three numbers and two symbols.
     */
    static List<Token> split(String folded, boolean groupedNumbers) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < folded.length()) {
            int c = folded.codePointAt(i);
            int end;
            Type type;
            if (Character.isWhitespace(c)) {
                i += Character.charCount(c);
                continue;
            } else if (Character.isDigit(c)) {
                end = digitsEnd(folded, i, groupedNumbers);
                type = Type.NUMBER;
            } else if (Character.isLetter(c)) {
                end = i;
                while (end < folded.length() && Character.isLetter(folded.codePointAt(end))) {
                    end += Character.charCount(folded.codePointAt(end));
                }
                type = Type.WORD;
            } else {
                end = i + Character.charCount(c);
                type = Type.SYMBOL;
            }
            tokens.add(new Token(type, folded.substring(i, end)));
            i = end;
        }
        return tokens;
    }

    private static int digitsEnd(String s, int start, boolean grouped) {
        int end = skipDigits(s, start);
        while (grouped && end + 1 < s.length() && (s.charAt(end) == '.' || s.charAt(end) == ',')
                && Character.isDigit(s.charAt(end + 1))) {
            end = skipDigits(s, end + 1);
        }
        return end;
    }

    private static int skipDigits(String s, int from) {
        int end = from;
        while (end < s.length() && Character.isDigit(s.charAt(end))) {
            end++;
        }
        return end;
    }
}
