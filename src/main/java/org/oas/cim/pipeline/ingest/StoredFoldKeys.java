package org.oas.cim.pipeline.ingest;

import org.oas.cim.pipeline.issue.Issue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The notes and warnings one file has stored so far, by fold key, so that a chunk stores a repeat as one more
 * occurrence of the stored issue instead of a row of its own: a note repeated on every row (the same new organization,
 * the same fuzzy match) costs one row, however long the file. Kept up to a bound, most recently met first: a key
 * forgotten stores its next repeat as a row, which the decide step folds as it folds those of a restarted partition.
 * A file's partition is written by one thread, so this is not shared.
 */
final class StoredFoldKeys {
    static final int CAPACITY = 10_000;

    /** A chunk's issues: those to store as rows, and the further occurrences of issues already stored, by fold key. */
    record Split(List<Issue> toStore, Map<String, Integer> repeats) {
    }

    private final Map<String, Boolean> stored = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > CAPACITY;
        }
    };

    /** Splits a chunk's issues, in order; the keys of those to store count as stored from now on. */
    Split split(List<Issue> issues) {
        List<Issue> toStore = new ArrayList<>();
        Map<String, Integer> repeats = new LinkedHashMap<>();
        for (Issue issue : issues) {
            String key = issue.foldKey();
            if (key != null && stored.get(key) != null) {
                repeats.merge(key, issue.occurrences(), Integer::sum);
            } else {
                toStore.add(issue);
                if (key != null) {
                    stored.put(key, Boolean.TRUE);
                }
            }
        }
        return new Split(toStore, repeats);
    }
}
