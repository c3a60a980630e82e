package org.oas.cim.pipeline.estimation;

import org.oas.cim.pipeline.linking.VictimLinkStore;
import org.oas.cim.pipeline.linking.VictimLinkStore.ListFile;
import org.oas.cim.pipeline.normalize.Countries;
import org.oas.cim.pipeline.publish.Table;
import org.oas.cim.pipeline.stats.CaptureHistories;
import org.oas.cim.pipeline.stats.MultipleSystemsEstimation;
import org.oas.cim.pipeline.stats.PopulationEstimate;
import org.oas.cim.pipeline.study.Phase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    private final double threshold;

    public PhaseEstimates(VictimLinkStore links, EstimateStore store, Countries countries, Path home, double threshold) {
        this.links = links;
        this.store = store;
        this.countries = countries;
        this.home = home;
        this.threshold = threshold;
    }

    /**
     * Estimates the phase and keeps what each estimate came from; empty where the phase has neither victim lists nor
     * capture-history files.
     */
    public Optional<Table> estimate(long runId, Phase phase, String language, Path outDir) throws IOException {
        List<SourcedHistories> all = new ArrayList<>(linkedLists(phase.id()));
        all.addAll(historyFiles(phase.id()));
        if (all.isEmpty()) {
            return Optional.empty();
        }
        all.sort(Comparator.comparing(SourcedHistories::country).thenComparing(SourcedHistories::year));
        store.clear(runId, phase.id());
        List<PopulationEstimate> estimates = new ArrayList<>();
        for (SourcedHistories histories : all) {
            store.save(runId, phase.id(), histories);
            estimates.add(MultipleSystemsEstimation.estimate(histories.table(), threshold));
        }
        CaptureHistoryFiles.write(outDir.resolve("restricted").resolve(phase.id()), all);
        log.info("Estimated {} population(s) of phase {} from capture histories", all.size(), phase.id());
        return Optional.of(PopulationEstimatesTable.build(phase.id(), all, estimates, Locale.forLanguageTag(language)));
    }

    /** The phase's victim lists, linked into people, as one table of capture histories per country and year. */
    private List<SourcedHistories> linkedLists(String phase) {
        // Sorted here, not by SQL: PostgreSQL may collate the list keys linguistically, and the lists' order is the
        // order of the patterns' bits and of the published lists.
        List<ListFile> files = links.listFiles(phase).stream().sorted(Comparator.comparing(ListFile::country)
                .thenComparing(ListFile::year).thenComparing(ListFile::listKey).thenComparingLong(ListFile::fileId)).toList();
        if (files.isEmpty()) {
            return List.of();
        }
        links.link(phase);
        Map<String, Group> groups = new LinkedHashMap<>();
        for (ListFile file : files) {
            groups.computeIfAbsent(file.country() + "\u001f" + file.year(), k -> new Group(file.country(), file.year()))
                    .add(file);
        }
        groups.values().forEach(Group::allocate);
        groups.values().removeIf(group -> {
            boolean tooMany = group.names.size() > CaptureHistories.MAX_LISTS;
            if (tooMany) {
                log.warn("{} {} has {} lists, more than the {} an estimate takes: left out", group.country, group.year,
                        group.names.size(), CaptureHistories.MAX_LISTS);
            }
            return tooMany;
        });
        PersonCounter counter = new PersonCounter(groups);
        links.peopleOnLists(phase, counter);
        counter.finish();
        return groups.values().stream().map(Group::histories).toList();
    }

    /** The lists of one country and year, by list key, and the counts per pattern as people are counted. */
    private static final class Group {
        private final String country;
        private final String year;
        private final Map<String, Integer> positions = new LinkedHashMap<>();
        private final List<String> names = new ArrayList<>();
        private final List<SourcedHistories.Source> sources = new ArrayList<>();
        private final List<ListFile> files = new ArrayList<>();
        private long[] counts;

        Group(String country, String year) {
            this.country = country;
            this.year = year;
        }

        void add(ListFile file) {
            files.add(file);
        }

        /** Lists in key order, each a bit of the patterns. */
        void allocate() {
            for (ListFile file : files) {
                Integer position = positions.get(file.listKey());
                if (position == null) {
                    position = positions.size();
                    positions.put(file.listKey(), position);
                    names.add(file.listName());
                }
                sources.add(new SourcedHistories.Source(position, names.get(position), file.fileId(), file.fileName(), file.rows()));
            }
            counts = new long[1 << Math.min(positions.size(), CaptureHistories.MAX_LISTS)];
        }

        SourcedHistories histories() {
            return new SourcedHistories(country, year, new CaptureHistories(names, counts), sources);
        }
    }

    /** Folds the stream of (person, list) rows, ordered by person, into counts per pattern. */
    private static final class PersonCounter implements VictimLinkStore.PersonOnList {
        private final Map<String, Group> groups;
        private Group group;
        private long person = -1;
        private int pattern;

        PersonCounter(Map<String, Group> groups) {
            this.groups = groups;
        }

        @Override
        public void accept(String country, String year, long person, String listKey) {
            Group of = groups.get(country + "\u001f" + year);
            if (of != group || person != this.person) {
                finish();
                group = of;
                this.person = person;
            }
            if (group != null) {
                pattern |= 1 << group.positions.get(listKey);
            }
        }

        void finish() {
            if (group != null && pattern != 0) {
                group.counts[pattern]++;
            }
            pattern = 0;
        }
    }

    /** The phase's capture-history files as they lie in archive/, each country and year of them a table. */
    private List<SourcedHistories> historyFiles(String phase) throws IOException {
        List<SourcedHistories> tables = new ArrayList<>();
        for (EstimateStore.HistoryFile file : store.historyFiles(phase)) {
            Path path = home.resolve(file.finalPath());
            if (!Files.isRegularFile(path)) {
                log.warn("The capture-history file {} is no longer in {}: its estimate is left out", file.fileName(), path.getParent());
                continue;
            }
            List<CaptureHistoryGroup> groups;
            try {
                groups = CaptureHistoryReader.read(path);
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
