package org.oas.cim.pipeline.report;

/**
 * Text from a researcher's file as a report shows it: control characters (a NUL, an escape) and the invisible marks
 * that reorder text (a right-to-left override turns {@code xlsx.exe} into something else on screen) are written as
 * {@code [U+202E]}, so that what a report shows is what the file holds. Tabs and line breaks stay: they are layout.
 */
final class VisibleText {
    private VisibleText() {
    }

    static String of(String text) {
        if (text == null || text.codePoints().noneMatch(VisibleText::hidden)) {
            return text;
        }
        StringBuilder shown = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(cp -> {
            if (hidden(cp)) {
                shown.append(String.format("[U+%04X]", cp));
            } else {
                shown.appendCodePoint(cp);
            }
        });
        return shown.toString();
    }

    private static boolean hidden(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            return false;
        }
        return Character.getType(cp) == Character.CONTROL || bidiControl(cp);
    }

    /** The Unicode bidirectional formatting characters (UAX #9): marks, embeddings, overrides and isolates. */
    private static boolean bidiControl(int cp) {
        return cp == 0x061C || cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
    }
}
