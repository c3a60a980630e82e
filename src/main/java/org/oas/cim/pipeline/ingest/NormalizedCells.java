package org.oas.cim.pipeline.ingest;

import org.oas.cim.pipeline.codebook.Item;
import org.oas.cim.pipeline.codebook.ItemType;
import org.oas.cim.pipeline.normalize.DateOrder;
import org.oas.cim.pipeline.normalize.Normalized;
import org.oas.cim.pipeline.normalize.ValueNormalizer;
import org.oas.cim.pipeline.read.RawCell;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One file's cells normalized once per item and content: survey exports repeat the same few texts row after row (a
 * country, a choice's label, "No sabe", a range), and matching a label against every choice is the costliest part of
 * normalizing. A cell's value and problems depend only on its item, its content and the file's date order, never on
 * where it is, so a repeat takes the first one's. The most recently used contents are kept, up to a bound: a file of
 * distinct texts costs no more memory than a file of repeats. A file is read by one thread, so this is not shared.
 */
final class NormalizedCells {
    static final int CAPACITY = 4096;

    private final ValueNormalizer normalizer;
    private final DateOrder order;
    private final Map<Content, Normalized> recent = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Content, Normalized> eldest) {
            return size() > CAPACITY;
        }
    };

    NormalizedCells(ValueNormalizer normalizer, DateOrder order) {
        this.normalizer = normalizer;
        this.order = order;
    }

    /** The cell's value as its item's type, as {@link ValueNormalizer#normalize} gives it. */
    Normalized normalize(Item item, RawCell cell) {
        // Free text is kept as written: nothing to save, and its distinct texts would only push the others out.
        if (cell == null || item.type() == ItemType.TEXT) {
            return normalizer.normalize(item, cell, order);
        }
        return recent.computeIfAbsent(new Content(item.code(), cell.text(), cell.number(), cell.date()),
                content -> normalizer.normalize(item, cell, order));
    }

    /** How many contents are remembered now. */
    int remembered() {
        return recent.size();
    }

    private record Content(String itemCode, String text, Double number, LocalDateTime date) {
    }
}
