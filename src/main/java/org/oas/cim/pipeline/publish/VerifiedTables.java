package org.oas.cim.pipeline.publish;

import org.oas.cim.pipeline.codebook.Item;
import org.oas.cim.pipeline.verify.Consensus;
import org.oas.cim.pipeline.verify.EstimateFinding;
import org.oas.cim.pipeline.verify.IndicatorFinding;
import org.oas.cim.pipeline.verify.OptionFinding;
import org.oas.cim.pipeline.verify.StageEstimate;

import java.util.List;

import static org.oas.cim.pipeline.publish.ColumnType.BOOLEAN;
import static org.oas.cim.pipeline.publish.ColumnType.DECIMAL;
import static org.oas.cim.pipeline.publish.ColumnType.INTEGER;
import static org.oas.cim.pipeline.publish.ColumnType.SHARE;
import static org.oas.cim.pipeline.publish.ColumnType.STATUS;
import static org.oas.cim.pipeline.publish.ColumnType.TEXT;

/**
 * The cross-verified tables, {@code indicators}, {@code options} and {@code estimates}: one row per country (and
 * region) and item, in the order verification gives them (country code; whole country, then its regions;
 * codebook order; options in list order).
 */
final class VerifiedTables {
    /**
     * The value of a categorical indicator whose top answers are equally frequent
     * (src/site/markdown/protocol/verification.md, "Categorical indicators").
     */
    static final String TIE = "tie";

    private final Labels labels;
    private final Disclosure disclosure;

    VerifiedTables(Labels labels, Disclosure disclosure) {
        this.labels = labels;
        this.disclosure = disclosure;
    }

    Table indicators(String phase, List<IndicatorFinding> findings) {
        TableBuilder table = itemColumns(new TableBuilder("indicators", phase, labels))
                .column("ordinal", BOOLEAN)
                .column("value", TEXT).column("value_label", TEXT).column("share", SHARE)
                .column("n", INTEGER).column("n_unknown", INTEGER)
                .column("stage1_value", TEXT).column("stage1_value_label", TEXT).column("stage1_share", SHARE).column("stage1_n", INTEGER)
                .column("stage2_value", TEXT).column("stage2_value_label", TEXT).column("stage2_share", SHARE).column("stage2_n", INTEGER)
                .column("status", STATUS).column(TableBuilder.SUPPRESSED, TEXT);
        for (IndicatorFinding f : findings) {
            if (!disclosure.publishable(f.indicator())) {
                continue;
            }
            Item item = labels.item(f.indicator());
            TableBuilder.Row row = item(table.row(f.country(), f.region()), item).set("ordinal", f.ordinal());
            consensus(row, "", item, f.overall());
            row.set("n_unknown", f.nUnknown());
            consensus(row, "stage1_", item, f.stage1());
            consensus(row, "stage2_", item, f.stage2());
            row.set("status", f.status());
            disclosure.sensitiveRow(row, f.indicator(), f.region(), f.overall().n(), "value", "value_label", "status");
            row.add();
        }
        return table.build();
    }

    Table options(String phase, List<OptionFinding> findings) {
        TableBuilder table = itemColumns(new TableBuilder("options", phase, labels))
                .column("option", TEXT).column("option_label", TEXT)
                .column("stage1_mentions", INTEGER).column("stage1_n", INTEGER)
                .column("stage2_mentions", INTEGER).column("stage2_n", INTEGER)
                .column("status", STATUS).column(TableBuilder.SUPPRESSED, TEXT);
        for (OptionFinding f : findings) {
            if (!disclosure.publishable(f.indicator())) {
                continue;
            }
            Item item = labels.item(f.indicator());
            TableBuilder.Row row = item(table.row(f.country(), f.region()), item)
                    .set("option", f.option()).set("option_label", labels.choiceLabel(item, f.option()))
                    .set("stage1_mentions", f.stage1().mentions()).set("stage1_n", f.stage1().n())
                    .set("stage2_mentions", f.stage2().mentions()).set("stage2_n", f.stage2().n())
                    .set("status", f.status());
            disclosure.sensitiveRow(row, f.indicator(), f.region(), f.stage1().n() + f.stage2().n(), "status");
            row.add();
        }
        return table.build();
    }

    Table estimates(String phase, List<EstimateFinding> findings) {
        TableBuilder table = itemColumns(new TableBuilder("estimates", phase, labels))
                .column("n", INTEGER).column("median", DECIMAL).column("q1", DECIMAL).column("q3", DECIMAL)
                .column("min_low", INTEGER).column("max_high", INTEGER).column("open_ended", BOOLEAN)
                .column("approximate", INTEGER).column("outliers", INTEGER)
                .column("stage1_n", INTEGER).column("stage1_median", DECIMAL)
                .column("stage2_n", INTEGER).column("stage2_median", DECIMAL)
                .column("ratio", DECIMAL).column("status", STATUS).column(TableBuilder.SUPPRESSED, TEXT);
        for (EstimateFinding f : findings) {
            if (!disclosure.publishable(f.indicator())) {
                continue;
            }
            TableBuilder.Row row = item(table.row(f.country(), f.region()), labels.item(f.indicator()))
                    .set("n", f.n()).set("median", f.median()).set("q1", f.q1()).set("q3", f.q3())
                    .set("min_low", f.minLow()).set("max_high", f.maxHigh()).set("open_ended", f.openEnded())
                    .set("approximate", f.approximate()).set("outliers", f.outliers())
                    .set("ratio", f.ratio()).set("status", f.status());
            stage(row, "stage1_", f.stage1());
            stage(row, "stage2_", f.stage2());
            disclosure.sensitiveRow(row, f.indicator(), f.region(), f.n(), "median", "status");
            row.add();
        }
        return table.build();
    }

    /** The consensus code, {@code tie}, or null where nobody gave a known answer. */
    static String value(Consensus consensus) {
        return consensus.tie() ? TIE : consensus.code();
    }

    String valueLabel(Item item, Consensus consensus) {
        return consensus.tie() ? labels.messages().text("value.tie") : labels.choiceLabel(item, consensus.code());
    }

    private static TableBuilder itemColumns(TableBuilder table) {
        return table.countryColumns(true).column("indicator", TEXT).column("name", TEXT).column("label", TEXT);
    }

    private TableBuilder.Row item(TableBuilder.Row row, Item item) {
        return row.set("indicator", item.code()).set("name", item.name()).set("label", item.label(labels.language()));
    }

    private void consensus(TableBuilder.Row row, String prefix, Item item, Consensus consensus) {
        row.set(prefix + "value", value(consensus)).set(prefix + "value_label", valueLabel(item, consensus))
                .set(prefix + "share", consensus.share()).set(prefix + "n", consensus.n());
    }

    private static void stage(TableBuilder.Row row, String prefix, StageEstimate stage) {
        row.set(prefix + "n", stage.n()).set(prefix + "median", stage.median());
    }
}
