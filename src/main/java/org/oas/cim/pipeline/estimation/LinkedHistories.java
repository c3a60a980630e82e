package org.oas.cim.pipeline.estimation;

import org.oas.cim.pipeline.linking.VictimLinkStore;
import org.oas.cim.pipeline.linking.VictimLinkStore.ListFile;
import org.oas.cim.pipeline.stats.CaptureHistories;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Linked victim lists counted into one capture-history table per country and year (or per country, years pooled): the
 * lists of a table in the order of their keys, each a bit of the patterns, and each person counted once in the
 * pattern of the lists they are on. The people come from the database for {@code run} and from memory for
 * {@code estimate}, in the same order: a person's rows together.
 */
final class LinkedHistories implements VictimLinkStore.PersonOnList {
    private static final Logger log = LoggerFactory.getLogger(LinkedHistories.class);

    private final boolean poolYears;
    private final Map<String, Group> groups = new LinkedHashMap<>();
    private Group group;
    private long person = -1;
    private int pattern;

    /**
     * @param files     the lists per country, year and file
     * @param poolYears one table per country over all its years rather than one per country and year
     */
    LinkedHistories(List<ListFile> files, boolean poolYears) {
        this.poolYears = poolYears;
        // Sorted here, not by SQL: PostgreSQL may collate the list keys linguistically, and the lists' order is the
        // order of the patterns' bits and of the published lists.
        files.stream().sorted(Comparator.comparing((ListFile f) -> groupKey(f.country(), f.year()))
                        .thenComparing(ListFile::listKey).thenComparing(ListFile::year).thenComparingLong(ListFile::fileId))
                .forEach(file -> groups.computeIfAbsent(groupKey(file.country(), file.year()), k -> new Group(file.country()))
                        .add(file));
        groups.values().forEach(Group::allocate);
        groups.values().removeIf(g -> {
            boolean tooMany = g.names.size() > CaptureHistories.MAX_LISTS;
            if (tooMany) {
                log.warn("{} {} has {} lists, more than the {} an estimate takes: left out", g.country, g.years.text(),
                        g.names.size(), CaptureHistories.MAX_LISTS);
            }
            return tooMany;
        });
    }

    private String groupKey(String country, String year) {
        return poolYears ? country : country + "\u001f" + year;
    }

    @Override
    public void accept(String country, String year, long person, String listKey) {
        Group of = groups.get(groupKey(country, year));
        if (of != group || person != this.person) {
            finishPerson();
            group = of;
            this.person = person;
        }
        if (group != null) {
            pattern |= 1 << group.positions.get(listKey);
        }
    }

    private void finishPerson() {
        if (group != null && pattern != 0) {
            group.counts[pattern]++;
        }
        pattern = 0;
    }

    /** The tables, by country and year, once every person has been accepted. */
    List<SourcedHistories> histories() {
        finishPerson();
        group = null;
        return groups.values().stream().map(Group::histories).toList();
    }

    /** The lists of one table, by list key, and the counts per pattern as people are counted. */
    private static final class Group {
        private final String country;
        private final YearSpan years = new YearSpan();
        private final Map<String, Integer> positions = new LinkedHashMap<>();
        private final List<String> names = new ArrayList<>();
        private final List<SourcedHistories.Source> sources = new ArrayList<>();
        private final List<ListFile> files = new ArrayList<>();
        private long[] counts;

        Group(String country) {
            this.country = country;
        }

        void add(ListFile file) {
            files.add(file);
            years.add(file.year());
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
            return new SourcedHistories(country, years.text(), new CaptureHistories(names, counts), sources);
        }
    }
}
