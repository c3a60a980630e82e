package org.oas.cim.pipeline.publish;

import org.oas.cim.pipeline.codebook.Codebook;
import org.oas.cim.pipeline.codebook.Item;
import org.oas.cim.pipeline.study.Phase;
import org.oas.cim.pipeline.verify.Findings;
import org.oas.cim.pipeline.verify.OfficialFigure;
import org.oas.cim.pipeline.verify.Reliability;
import org.oas.cim.pipeline.verify.SourceCount;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.oas.cim.pipeline.publish.ColumnType.BOOLEAN;
import static org.oas.cim.pipeline.publish.ColumnType.DECIMAL;
import static org.oas.cim.pipeline.publish.ColumnType.INTEGER;
import static org.oas.cim.pipeline.publish.ColumnType.TEXT;

/**
 * Maps one phase's findings to the published tables (src/site/markdown/protocol/outputs.md, "Findings tables"),
 * labelled in the output language and with disclosure control applied. Every row carries the phase and the country (the
 * {@code summary} has a column per country instead); rows keep verification's fixed order, and {@code quality} is
 * ordered by country code.
 */
public final class FindingsTables {
    /** The tables, in the order they are published (and the workbook's sheets follow). */
    public static final List<String> TABLE_NAMES = List.of("sources", "indicators", "options", "estimates",
            "official_figures", "reliability", "quality", "summary");

    private final Labels labels;
    private final Disclosure disclosure;
    private final VerifiedTables verified;
    private final SummaryTable summary;

    public FindingsTables(Codebook codebook, PublishSettings settings) {
        this.labels = Labels.of(codebook, settings.language());
        this.disclosure = new Disclosure(labels, settings.k());
        this.verified = new VerifiedTables(labels, disclosure);
        this.summary = new SummaryTable(labels, disclosure, verified);
    }

    /** The eight tables of the phase, in {@link #TABLE_NAMES} order. */
    public List<Table> tables(Phase phase, Findings findings, List<QualityCounts> quality) {
        String id = phase.id();
        return List.of(
                sources(id, findings.sources()),
                verified.indicators(id, findings.indicators()),
                verified.options(id, findings.options()),
                verified.estimates(id, findings.estimates()),
                officialFigures(id, findings.officialFigures()),
                reliability(id, findings.reliability()),
                quality(id, quality),
                summary.build(id, phase.countries(), findings));
    }

    Table sources(String phase, List<SourceCount> sources) {
        TableBuilder table = new TableBuilder("sources", phase, labels).countryColumns(false)
                .column("stage", INTEGER).column("source_type", TEXT).column("source_type_label", TEXT)
                .column("respondents", INTEGER).column("organizations", INTEGER)
                .column(TableBuilder.SUPPRESSED, TEXT);
        boolean[] hidden = disclosure.suppressedSources(sources);
        for (int i = 0; i < sources.size(); i++) {
            SourceCount s = sources.get(i);
            TableBuilder.Row row = table.row(s.country(), null).set("stage", s.stage())
                    .set("source_type", s.sourceType()).set("source_type_label", labels.sourceTypeLabel(s.stage(), s.sourceType()))
                    .set("respondents", s.respondents()).set("organizations", s.organizations());
            if (hidden[i]) {
                row.suppress("respondents", "organizations");
            }
            row.add();
        }
        return table.build();
    }

    Table officialFigures(String phase, List<OfficialFigure> figures) {
        TableBuilder table = new TableBuilder("official_figures", phase, labels).countryColumns(false)
                .column("item", TEXT).column("name", TEXT).column("label", TEXT)
                .column("agency_type", TEXT).column("agency_type_label", TEXT)
                .column("agencies", INTEGER).column("median", DECIMAL).column("min", INTEGER).column("max", INTEGER)
                .column("year", INTEGER).column("mixed_years", BOOLEAN)
                .column(TableBuilder.SUPPRESSED, TEXT);
        for (OfficialFigure f : figures) {
            if (!disclosure.publishable(f.item())) {
                continue;
            }
            Item item = labels.item(f.item());
            TableBuilder.Row row = table.row(f.country(), null)
                    .set("item", item.code()).set("name", item.name()).set("label", item.label(labels.language()))
                    .set("agency_type", f.agencyType()).set("agency_type_label", labels.sourceTypeLabel(2, f.agencyType()))
                    .set("agencies", f.agencies()).set("median", f.median()).set("min", f.min()).set("max", f.max())
                    .set("year", f.year()).set("mixed_years", f.mixedYears());
            if (disclosure.suppresses(f)) {
                row.suppressAllBut(Disclosure.IDENTITY);
            }
            row.add();
        }
        return table.build();
    }

    Table reliability(String phase, List<Reliability> rows) {
        TableBuilder table = new TableBuilder("reliability", phase, labels).countryColumns(false)
                .column("respondents", INTEGER)
                .column("nominal_units", INTEGER).column("alpha_nominal", DECIMAL)
                .column("ordinal_units", INTEGER).column("alpha_ordinal", DECIMAL)
                .column("binary_units_compared", INTEGER).column("kappa_stages", DECIMAL)
                .column("note", TEXT);
        for (Reliability r : rows) {
            table.row(r.country(), null).set("respondents", r.respondents())
                    .set("nominal_units", r.nominalUnits()).set("alpha_nominal", r.alphaNominal())
                    .set("ordinal_units", r.ordinalUnits()).set("alpha_ordinal", r.alphaOrdinal())
                    .set("binary_units_compared", r.binaryUnitsCompared()).set("kappa_stages", r.kappaStages())
                    .set("note", r.note())
                    .add();
        }
        return table.build();
    }

    Table quality(String phase, List<QualityCounts> counts) {
        TableBuilder table = new TableBuilder("quality", phase, labels).countryColumns(false)
                .column("files", INTEGER).column("rows_read", INTEGER).column("respondents_taken", INTEGER)
                .column("rows_rejected", INTEGER).column("errors", INTEGER).column("warnings", INTEGER)
                .column("consistency_warnings", INTEGER);
        Set<String> seen = new HashSet<>();
        for (QualityCounts q : counts.stream().sorted(Comparator.comparing(QualityCounts::country)).toList()) {
            if (!seen.add(q.country())) {
                throw new IllegalArgumentException("quality counts name country " + q.country() + " twice");
            }
            table.row(q.country(), null).set("files", q.files()).set("rows_read", q.rowsRead())
                    .set("respondents_taken", q.respondentsTaken()).set("rows_rejected", q.rowsRejected())
                    .set("errors", q.errors()).set("warnings", q.warnings())
                    .set("consistency_warnings", q.consistencyWarnings())
                    .add();
        }
        return table.build();
    }
}
