package org.oas.cim.pipeline.ingest;

import java.util.List;
import java.util.Map;

/**
 * The raw cells of one record as one text: a {@code REF<TAB>value} line per cell, with tab, line break and
 * backslash escaped, so that a record keeps every cell as it arrived in a single row of {@code raw_row}.
 */
final class RawRowText {
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

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n");
    }
}
