package org.oas.cim.pipeline.issue;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An issue arg that holds one text per language (a codebook rule's message), so that each language's message
 * quotes it in that language: {@link IssueMessages} puts in the text of the language it renders, else the English
 * one. Stored as one arg: a marker, then {@code language=text} entries, with control characters as separators
 * (codebook texts hold none, and the stored args are joined with U+001F, which this never uses).
 */
public final class LocalizedArg {
    private static final char MARK = '\u001e';
    private static final char ENTRY = '\u001d';
    private static final char EQUALS = '\u001c';

    private LocalizedArg() {
    }

    /** @param texts text by language code ({@code en}, {@code es}, ...) */
    public static String of(Map<String, String> texts) {
        StringBuilder arg = new StringBuilder().append(MARK);
        texts.forEach((language, text) -> {
            if (arg.length() > 1) {
                arg.append(ENTRY);
            }
            arg.append(language).append(EQUALS).append(text);
        });
        return arg.toString();
    }

    /** The arg as the message in {@code language} shows it: its text in that language, else in English; any other arg as it is. */
    static String in(String arg, String language) {
        if (arg.isEmpty() || arg.charAt(0) != MARK) {
            return arg;
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (String entry : arg.substring(1).split(String.valueOf(ENTRY))) {
            int split = entry.indexOf(EQUALS);
            if (split > 0) {
                texts.put(entry.substring(0, split), entry.substring(split + 1));
            }
        }
        return texts.getOrDefault(language, texts.getOrDefault("en", ""));
    }
}
