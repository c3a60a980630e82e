package org.oas.cim.pipeline.page;

import org.oas.cim.pipeline.publish.Table;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The publication's order of items and options (codebook order, options in their list's order), as the
 * {@code summary} table gives it: the detailed tables go country by country, so an item one country lacks would
 * otherwise move. Anything the summary does not name keeps its first-seen place after the rest.
 */
final class Order {
    private final Map<String, Integer> ranks;

    private Order(Map<String, Integer> ranks) {
        this.ranks = ranks;
    }

    static Order of(List<Table> tables) {
        Map<String, Integer> ranks = new LinkedHashMap<>();
        tables.stream().filter(t -> t.name().equals("summary")).findFirst().ifPresent(summary -> {
            for (Row row : Row.of(summary)) {
                ranks.putIfAbsent(key(row.indicator(), null), ranks.size());
                ranks.putIfAbsent(key(row.indicator(), row.text("option")), ranks.size());
            }
        });
        return new Order(ranks);
    }

    /** The distinct values, items or options, in publication order; {@code key} gives each its (item, option) key. */
    <T> List<T> sort(List<T> firstSeen, Function<T, String> key) {
        List<T> distinct = firstSeen.stream().distinct().toList();
        return distinct.stream()
                .sorted(Comparator.comparingInt((T value) -> ranks.getOrDefault(key.apply(value), Integer.MAX_VALUE))
                        .thenComparingInt(distinct::indexOf))
                .toList();
    }

    static String key(String item, String option) {
        return item + "\u0000" + Objects.requireNonNullElse(option, "");
    }
}
