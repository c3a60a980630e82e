package org.oas.cim.pipeline.privacy;

import java.util.Set;

/**
 * The purge's view of {@code raw_row.cells}: {@code REF<TAB>value} lines (values escaped so that a line is one cell,
 * see ingest's RawRowText), of which it keeps the lines whose reference is in a set.
 */
final class RawCells {
    private RawCells() {
    }

    record Kept(String cells, int kept, int removed) {
    }

    static Kept keep(String cells, Set<String> references) {
        StringBuilder text = new StringBuilder();
        int kept = 0;
        int removed = 0;
        for (String line : cells.split("\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab > 0 && references.contains(line.substring(0, tab))) {
                text.append(text.isEmpty() ? "" : "\n").append(line);
                kept++;
            } else {
                removed++;
            }
        }
        return new Kept(text.toString(), kept, removed);
    }
}
