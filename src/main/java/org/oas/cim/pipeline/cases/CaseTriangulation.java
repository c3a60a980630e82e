package org.oas.cim.pipeline.cases;

import org.oas.cim.pipeline.codebook.Codebook;
import org.oas.cim.pipeline.publish.Labels;
import org.oas.cim.pipeline.publish.Table;
import org.oas.cim.pipeline.publish.UsedFile;
import org.oas.cim.pipeline.study.Phase;
import org.oas.cim.pipeline.verify.Findings;
import org.oas.cim.pipeline.verify.OptionFinding;

import java.util.ArrayList;
import java.util.List;

/**
 * A phase's triangulation, as its analysis step publishes it: the {@code triangulation} table, one country of the
 * phase at a time (in code order), and the case files it stands on, for the manifest.
 */
public final class CaseTriangulation {
    private final Codebook codebook;
    private final CaseStore store;
    private final CaseRules rules;
    private final Triangulation triangulation;
    private final TriangulationTable table;
    private final CaseCounts counts;

    public CaseTriangulation(Codebook codebook, CaseStore store, CaseSettings settings) {
        this.codebook = codebook;
        this.store = store;
        this.rules = new CaseRules(codebook, store);
        this.triangulation = new Triangulation(settings.k(), settings.casesOnlyShare());
        this.table = new TriangulationTable(settings.k());
        this.counts = new CaseCounts(settings.k(), codebook.instrument(CaseAssembler.INSTRUMENT).stage());
    }

    /**
     * The phase's survey tables with the case records in them: their files and cases in {@code sources} and
     * {@code quality}, and the {@code triangulation} table last.
     */
    public List<Table> withCases(Phase phase, Findings surveys, List<Table> tables, String language) {
        Labels labels = Labels.of(codebook, language);
        List<Table> all = new ArrayList<>(counts.into(tables, phase.id(),
                phase.countries().stream().sorted().map(store::countryCases).toList(), labels));
        all.add(table(phase, surveys, language));
        return all;
    }

    /** The phase's {@code triangulation} table, beside the survey findings it compares with. */
    Table table(Phase phase, Findings surveys, String language) {
        Labels labels = Labels.of(codebook, language);
        List<TriangulationRow> rows = new ArrayList<>();
        for (String country : phase.countries().stream().sorted().toList()) {
            List<OptionFinding> options = surveys.options().stream().filter(f -> f.country().equals(country)).toList();
            rows.addAll(triangulation.rows(country, rules.of(country), options,
                    indicator -> labels.choiceOrder(labels.item(indicator))));
        }
        return table.build(phase.id(), rows, labels);
    }

    /** The current case files with cases of the phase's countries, and how many. */
    public List<UsedFile> filesUsed(Phase phase) {
        return store.filesOf(phase.countries()).stream().map(f -> new UsedFile(f.fileName(), f.sha256(), f.cases())).toList();
    }
}
