package org.oas.cim.pipeline.linking;

import org.oas.cim.pipeline.linking.VictimLinkStore.ListFile;
import org.oas.cim.pipeline.linking.VictimLinkStore.PersonOnList;
import org.oas.cim.pipeline.normalize.TextKey;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The linking {@link VictimLinkStore} does in SQL, for a command that stores nothing ({@code estimate}): rows sharing a
 * match key or a case number are one person, and so, in turn, are the rows linked to either. It answers with the
 * store's own {@link ListFile} and {@link PersonOnList}, so that the same code counts capture histories from either.
 * A file's rows count once the file is read to its end and taken, as ingest takes a file whole or not at all. Memory:
 * a few integers per row and each distinct key once (keyed hashes, never a name).
 */
public final class LinksInMemory {
    /** The lists per country, year and file, in the order first seen, and the row counts behind each. */
    private final Map<ListFileKey, ListTally> lists = new LinkedHashMap<>();
    private final List<ListTally> listOfRow = new ArrayList<>();
    private final Map<String, Integer> firstRowOfKey = new HashMap<>();
    private final List<PendingRow> pending = new ArrayList<>();
    private int[] parent = new int[1024];

    /** What a row of the file being read needs for linking: its match keys, not its near-match keys. */
    private record PendingRow(String country, long fileId, String fileName, String list, String year, String personKey,
                              String caseKey) {
    }

    private record ListFileKey(String country, String year, String listKey, long fileId) {
    }

    private static final class ListTally {
        private final ListFileKey key;
        private final String fileName;
        private String listName;
        private long rows;

        ListTally(ListFileKey key, String fileName, String listName) {
            this.key = key;
            this.fileName = fileName;
            this.listName = listName;
        }
    }

    /** A taken row of the file being read: its country (as the row was taken for), its file and its keys. */
    public void add(String country, long fileId, String fileName, VictimLink link) {
        pending.add(new PendingRow(country, fileId, fileName, link.list(), link.year(), link.personKey(), link.caseKey()));
    }

    /** The file being read has ended: its rows count where it was taken, and are forgotten otherwise. */
    public void fileEnded(boolean taken) {
        if (taken) {
            pending.forEach(this::link);
        }
        pending.clear();
    }

    private void link(PendingRow r) {
        ListFileKey key = new ListFileKey(r.country(), r.year(), TextKey.of(r.list()), r.fileId());
        ListTally tally = lists.computeIfAbsent(key, k -> new ListTally(k, r.fileName(), r.list()));
        // The store's MIN(list_name): the list's name as the file writes it, the smallest where it varies.
        if (r.list().compareTo(tally.listName) < 0) {
            tally.listName = r.list();
        }
        tally.rows++;
        int row = listOfRow.size();
        listOfRow.add(tally);
        if (row == parent.length) {
            parent = Arrays.copyOf(parent, parent.length * 2);
        }
        parent[row] = row;
        join(row, "person " + r.personKey(), r.personKey() != null);
        join(row, "case " + r.caseKey(), r.caseKey() != null);
    }

    private void join(int row, String key, boolean present) {
        if (!present) {
            return;
        }
        Integer earlier = firstRowOfKey.putIfAbsent(key, row);
        if (earlier != null) {
            int a = root(earlier);
            int b = root(row);
            // The smallest row stands for the person, as the store's smallest id does.
            parent[Math.max(a, b)] = Math.min(a, b);
        }
    }

    private int root(int row) {
        int root = row;
        while (parent[root] != root) {
            root = parent[root];
        }
        for (int r = row; parent[r] != root; ) {
            int next = parent[r];
            parent[r] = root;
            r = next;
        }
        return root;
    }

    /** The lists per country, year and file, as {@link VictimLinkStore#listFiles} gives a phase's. */
    public List<ListFile> listFiles() {
        return lists.values().stream().map(t -> new ListFile(t.key.country(), t.key.year(), t.key.listKey(), t.listName,
                t.key.fileId(), t.fileName, t.rows)).toList();
    }

    /** Every person once per list they are on, each person's rows together, as {@link VictimLinkStore#peopleOnLists} gives them. */
    public void peopleOnLists(PersonOnList handler) {
        int rows = listOfRow.size();
        int[] first = new int[rows];
        int[] next = new int[rows];
        Arrays.fill(first, -1);
        for (int row = rows - 1; row >= 0; row--) {
            int person = root(row);
            next[row] = first[person];
            first[person] = row;
        }
        for (int person = 0; person < rows; person++) {
            for (int row = first[person]; row >= 0; row = next[row]) {
                ListFileKey list = listOfRow.get(row).key;
                handler.accept(list.country(), list.year(), person, list.listKey());
            }
        }
    }
}
