package org.oas.cim.pipeline.estimation;

import org.oas.cim.pipeline.linking.VictimLinkStore;
import org.oas.cim.pipeline.linking.VictimLinkStore.ListFile;
import org.oas.cim.pipeline.normalize.Countries;
import org.oas.cim.pipeline.publish.Table;
import org.oas.cim.pipeline.stats.MultipleSystemsEstimation;
import org.oas.cim.pipeline.stats.PopulationEstimate;
import org.oas.cim.pipeline.study.EstimationSettings;
import org.oas.cim.pipeline.study.Phase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A phase's population estimates (estimation.md): its victim lists linked into capture histories per country and
 * year, beside the capture-history files it received, each estimated; the histories and their sources kept in the
 * database and written under out/restricted/&lt;phase&gt;/, the estimates as the {@code population_estimates} table.
 */
public final class PhaseEstimates {
    /** The instrument of capture-history files, as {@code jobs/codebooks/instruments.csv} names it. */
    static final String CAPTURE_HISTORIES = "capture_histories";

    private static final Logger log = LoggerFactory.getLogger(PhaseEstimates.class);

    private final VictimLinkStore links;
    private final EstimateStore store;
    private final Countries countries;
    private final Path home;

    public PhaseEstimates(VictimLinkStore links, EstimateStore store, Countries countries, Path home) {
        this.links = links;
        this.store = store;
        this.countries = countries;
        this.home = home;
    }

    /**
     * Estimates the phase as its settings say (threshold, years pooled) and keeps what each estimate came from; empty
     * where the phase has neither victim lists nor capture-history files.
     */
    public Optional<Table> estimate(long runId, Phase phase, String language, Path outDir) throws IOException {
        EstimationSettings settings = phase.estimation();
        List<SourcedHistories> all = new ArrayList<>(linkedLists(phase.id(), settings.poolYears()));
        all.addAll(historyFiles(phase.id(), settings.poolYears()));
        if (all.isEmpty()) {
            return Optional.empty();
        }
        all.sort(Comparator.comparing(SourcedHistories::country).thenComparing(SourcedHistories::year));
        store.clear(runId, phase.id());
        List<PopulationEstimate> estimates = new ArrayList<>();
        for (SourcedHistories histories : all) {
            store.save(runId, phase.id(), histories);
            estimates.add(MultipleSystemsEstimation.estimate(histories.table(), settings.threshold()));
        }
        CaptureHistoryFiles.write(outDir.resolve("restricted").resolve(phase.id()), all);
        log.info("Estimated {} population(s) of phase {} from capture histories", all.size(), phase.id());
        return Optional.of(PopulationEstimatesTable.build(phase.id(), all, estimates, Locale.forLanguageTag(language)));
    }

    /** The phase's victim lists, linked into people, as one table of capture histories per country and year. */
    private List<SourcedHistories> linkedLists(String phase, boolean poolYears) {
        List<ListFile> files = links.listFiles(phase);
        if (files.isEmpty()) {
            return List.of();
        }
        links.link(phase);
        LinkedHistories histories = new LinkedHistories(files, poolYears);
        links.peopleOnLists(phase, histories);
        return histories.histories();
    }

    /** The phase's capture-history files as they lie in archive/, each country and year of them a table. */
    private List<SourcedHistories> historyFiles(String phase, boolean poolYears) throws IOException {
        List<SourcedHistories> tables = new ArrayList<>();
        for (EstimateStore.HistoryFile file : store.historyFiles(phase)) {
            Path path = home.resolve(file.finalPath());
            if (!Files.isRegularFile(path)) {
                log.warn("The capture-history file {} is no longer in {}: its estimate is left out", file.fileName(), path.getParent());
                continue;
            }
            List<CaptureHistoryGroup> groups;
            try {
                groups = CaptureHistoryReader.read(path, poolYears);
            } catch (CaptureHistoryFileException e) {
                log.warn("The capture-history file {} has no table to estimate from: {}", file.fileName(), e.problems());
                continue;
            }
            for (CaptureHistoryGroup group : groups) {
                String country = countries.resolve(group.country()).map(c -> c.studyCode())
                        .orElse(file.countries().size() == 1 ? file.countries().get(0) : null);
                if (country == null || !file.countries().contains(country)) {
                    continue;
                }
                List<SourcedHistories.Source> sources = new ArrayList<>();
                List<String> lists = group.table().lists();
                for (int list = 0; list < lists.size(); list++) {
                    sources.add(new SourcedHistories.Source(list, lists.get(list), file.id(), file.fileName(), file.rows()));
                }
                tables.add(new SourcedHistories(country, group.year(), group.table(), sources));
            }
        }
        return tables;
    }
}
