package org.oas.cim.pipeline.publish;

import org.oas.cim.pipeline.codebook.Item;
import org.oas.cim.pipeline.codebook.ItemType;
import org.oas.cim.pipeline.verify.EstimateFinding;
import org.oas.cim.pipeline.verify.Findings;
import org.oas.cim.pipeline.verify.IndicatorFinding;
import org.oas.cim.pipeline.verify.OptionFinding;
import org.oas.cim.pipeline.verify.Status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import static org.oas.cim.pipeline.publish.ColumnType.STATUS;
import static org.oas.cim.pipeline.publish.ColumnType.TEXT;

/**
 * The phase at a glance: one row per item (one per option named for a multi-select item), in codebook order,
 * and for each country, by code, its whole-country value and status side by side ({@code cr_value},
 * {@code cr_status}). Values are what a person reads: the value's label for a categorical item, the median for
 * an estimate, "mentions/n" over both stages for an option. Regions stay in the detailed tables.
 */
final class SummaryTable {
    private final Labels labels;
    private final Disclosure disclosure;
    private final VerifiedTables verified;

    SummaryTable(Labels labels, Disclosure disclosure, VerifiedTables verified) {
        this.labels = labels;
        this.disclosure = disclosure;
        this.verified = verified;
    }

    Table build(String phase, List<String> phaseCountries, Findings findings) {
        Map<Key, IndicatorFinding> indicators = new HashMap<>();
        Map<Key, OptionFinding> options = new HashMap<>();
        Map<Key, EstimateFinding> estimates = new HashMap<>();
        TreeSet<String> countries = new TreeSet<>(phaseCountries);
        findings.indicators().stream().filter(f -> f.region() == null).forEach(f -> {
            indicators.put(new Key(f.indicator(), null, f.country()), f);
            countries.add(f.country());
        });
        findings.options().stream().filter(f -> f.region() == null).forEach(f -> {
            options.put(new Key(f.indicator(), f.option(), f.country()), f);
            countries.add(f.country());
        });
        findings.estimates().stream().filter(f -> f.region() == null).forEach(f -> {
            estimates.put(new Key(f.indicator(), null, f.country()), f);
            countries.add(f.country());
        });

        TableBuilder table = new TableBuilder("summary", phase, labels)
                .column("indicator", TEXT).column("name", TEXT).column("label", TEXT)
                .column("option", TEXT).column("option_label", TEXT);
        for (String country : countries) {
            String name = labels.countryName(country);
            table.column(valueColumn(country), TEXT, labels.messages().text("column.summary.value", name))
                    .column(statusColumn(country), STATUS, labels.messages().text("column.summary.status", name));
        }
        table.column(TableBuilder.SUPPRESSED, TEXT);

        for (Item item : labels.items()) {
            if (!disclosure.publishable(item.code())) {
                continue;
            }
            if (item.type() == ItemType.SELECT_ONE && hasItem(indicators, item)) {
                TableBuilder.Row row = itemRow(table, item);
                countries.forEach(c -> indicatorCell(row, c, item, indicators.get(new Key(item.code(), null, c))));
                row.add();
            } else if (item.type() == ItemType.SELECT_MULTIPLE) {
                for (String option : named(options, item)) {
                    TableBuilder.Row row = itemRow(table, item).set("option", option).set("option_label", labels.choiceLabel(item, option));
                    countries.forEach(c -> optionCell(row, c, options.get(new Key(item.code(), option, c))));
                    row.add();
                }
            } else if (item.type() == ItemType.ESTIMATE && hasItem(estimates, item)) {
                TableBuilder.Row row = itemRow(table, item);
                countries.forEach(c -> estimateCell(row, c, estimates.get(new Key(item.code(), null, c))));
                row.add();
            }
        }
        return table.build();
    }

    static String valueColumn(String country) {
        return country.toLowerCase(Locale.ROOT) + "_value";
    }

    static String statusColumn(String country) {
        return country.toLowerCase(Locale.ROOT) + "_status";
    }

    private TableBuilder.Row itemRow(TableBuilder table, Item item) {
        return table.row().set("indicator", item.code()).set("name", item.name()).set("label", item.label(labels.language()));
    }

    private void indicatorCell(TableBuilder.Row row, String country, Item item, IndicatorFinding f) {
        if (f != null) {
            cell(row, country, verified.valueLabel(item, f.overall()), f.status(),
                    disclosure.showsCountryLevel(f.indicator(), null, f.overall().n()));
        }
    }

    private void optionCell(TableBuilder.Row row, String country, OptionFinding f) {
        if (f == null) {
            return;
        }
        int mentions = f.stage1().mentions() + f.stage2().mentions();
        int n = f.stage1().n() + f.stage2().n();
        cell(row, country, mentions + "/" + n, f.status(), disclosure.showsCountryLevel(f.indicator(), null, n));
        if (disclosure.sensitive(f.indicator())) {
            // A sensitive option's only country-level value is its status: its mentions are counts.
            row.suppress(valueColumn(country));
        }
    }

    private void estimateCell(TableBuilder.Row row, String country, EstimateFinding f) {
        if (f != null) {
            String median = f.median() == null ? null
                    : BigDecimal.valueOf(f.median()).setScale(ColumnType.SCALE, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
            cell(row, country, median, f.status(), disclosure.showsCountryLevel(f.indicator(), null, f.n()));
        }
    }

    private static void cell(TableBuilder.Row row, String country, String value, Status status, boolean shown) {
        row.set(valueColumn(country), value).set(statusColumn(country), status);
        if (!shown) {
            row.suppress(valueColumn(country), statusColumn(country));
        }
    }

    private static boolean hasItem(Map<Key, ?> findings, Item item) {
        return findings.keySet().stream().anyMatch(k -> k.item().equals(item.code()));
    }

    /** The options of an item that some country names, in list order (codes the list does not know last). */
    private List<String> named(Map<Key, OptionFinding> options, Item item) {
        List<String> order = labels.choiceOrder(item);
        Comparator<String> inList = Comparator.comparingInt(code -> order.contains(code) ? order.indexOf(code) : Integer.MAX_VALUE);
        TreeSet<String> named = new TreeSet<>(inList.thenComparing(Comparator.naturalOrder()));
        options.keySet().stream().filter(k -> k.item().equals(item.code())).map(Key::option).forEach(named::add);
        return List.copyOf(named);
    }

    private record Key(String item, String option, String country) {
    }
}
