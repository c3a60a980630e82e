package org.oas.cim.pipeline.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The raw cells of one record as one text: a {@code REF<TAB>value} line per cell, with tab, line break and
 * backslash escaped, so that a record keeps every cell as it arrived in a single row of {@code raw_row}.
 */
public final class RawRowText {
    private RawRowText() {
    }

    public static String encode(List<Map.Entry<String, String>> cells) {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, String> cell : cells) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(cell.getKey()).append('\t').append(escape(cell.getValue()));
        }
        return text.toString();
    }

    public static List<Map.Entry<String, String>> decode(String text) {
        List<Map.Entry<String, String>> cells = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return cells;
        }
        for (String line : text.split("\n", -1)) {
            int tab = line.indexOf('\t');
            cells.add(Map.entry(line.substring(0, tab), unescape(line.substring(tab + 1))));
        }
        return cells;
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n");
    }

    private static String unescape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
