package org.oas.cim.pipeline.publish;

import org.oas.cim.pipeline.codebook.Item;
import org.oas.cim.pipeline.verify.OfficialFigure;
import org.oas.cim.pipeline.verify.SourceCount;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Disclosure control (src/site/markdown/protocol/outputs.md, "Disclosure control"): which findings may be published at
 * all, and which cells are suppressed.
 *
 * <ul>
 * <li>Free text and personal data never appear: a finding on a text or pii item is dropped.</li>
 * <li>A sensitive item shows only its country-level value and status, and only where n &ge; k; every other
 *     cell of its rows (per-stage values and counts, n, shares, region rows) is suppressed. Cells are kept by
 *     name, so that a column added later is suppressed unless it is named here.</li>
 * <li>A breakdown by source or agency type is suppressed where fewer than k respondents stand behind a cell.
 *     In {@code sources}, the respondents of a country and stage are known from other tables (the stage's n of
 *     any item everybody answered), so the suppressed cells' sum is known too, and every row has at least one
 *     respondent. A suppressed cell can be worked back where it is the only one (the sum is its value) or where the
 *     sum equals the number of suppressed cells (each must be 1). The next smallest cells of the same country and
 *     stage are suppressed until neither holds. Where all of a stage's cells are suppressed and each is 1, nothing
 *     more can be withheld in this table: the rows' existence (which kinds of source were heard) is published.
 *     Official figures are never summed across agencies and no total of agencies is published, so their
 *     suppressed cells have no total to be worked back from.</li>
 * </ul>
 */
final class Disclosure {
    /** Columns that say which finding a row is, never what it found: kept in every suppressed row. */
    static final Set<String> IDENTITY = Set.of(TableBuilder.PHASE, TableBuilder.COUNTRY, TableBuilder.COUNTRY_NAME,
            TableBuilder.REGION, "indicator", "name", "label", "ordinal", "option", "option_label", "stage",
            "source_type", "source_type_label", "item", "agency_type", "agency_type_label");

    private final Labels labels;
    private final int k;

    Disclosure(Labels labels, int k) {
        this.labels = labels;
        this.k = k;
    }

    /** Whether findings on an item may appear at all: never for free text or personal data. */
    boolean publishable(String itemCode) {
        Item item = labels.item(itemCode);
        return !item.pii() && !item.isText();
    }

    boolean sensitive(String itemCode) {
        return labels.item(itemCode).sensitive();
    }

    /**
     * Applies the sensitive-item rule to a row: where the item is sensitive, only the identity columns stay, plus
     * the country-level columns where the row is a whole country's and n &ge; k.
     */
    void sensitiveRow(TableBuilder.Row row, String itemCode, String region, int n, String... countryLevel) {
        if (!sensitive(itemCode)) {
            return;
        }
        Stream<String> kept = showsCountryLevel(itemCode, region, n)
                ? Stream.concat(IDENTITY.stream(), Stream.of(countryLevel)) : IDENTITY.stream();
        row.suppressAllBut(kept.collect(Collectors.toSet()));
    }

    /** Whether a country-level value of the item may be shown: always for an ordinary item. */
    boolean showsCountryLevel(String itemCode, String region, int n) {
        return !sensitive(itemCode) || region == null && n >= k;
    }

    boolean suppresses(OfficialFigure figure) {
        return figure.agencies() < k;
    }

    /**
     * Which rows of the {@code sources} table are suppressed, by index: those with fewer than k respondents, then,
     * per country and stage, the next smallest rows (the first of equal ones) while the suppressed counts could be
     * worked back from the stage's total.
     */
    boolean[] suppressedSources(List<SourceCount> sources) {
        boolean[] hidden = new boolean[sources.size()];
        Map<List<Object>, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            SourceCount s = sources.get(i);
            groups.computeIfAbsent(List.of(s.country(), s.stage()), key -> new ArrayList<>()).add(i);
            hidden[i] = s.respondents() < k;
        }
        for (List<Integer> group : groups.values()) {
            while (recoverable(sources, group, hidden)) {
                group.stream().filter(i -> !hidden[i])
                        .min(Comparator.comparingInt(i -> sources.get(i).respondents()))
                        .ifPresent(i -> hidden[i] = true);
            }
        }
        return hidden;
    }

    /** Whether a group's suppressed counts follow from its total while a published row is left to suppress. */
    private static boolean recoverable(List<SourceCount> sources, List<Integer> group, boolean[] hidden) {
        long count = group.stream().filter(i -> hidden[i]).count();
        long sum = group.stream().filter(i -> hidden[i]).mapToLong(i -> sources.get(i).respondents()).sum();
        boolean published = group.stream().anyMatch(i -> !hidden[i]);
        return published && count > 0 && (count == 1 || sum <= count);
    }
}
