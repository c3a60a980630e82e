package org.oas.cim.pipeline.stats;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * The incomplete 2^t contingency table of capture histories: for every pattern of lists a person can be on,
 * how many people were on exactly those lists. A pattern is a bit set, bit {@code i} standing for list
 * {@code i}; the all-zero pattern (people on no list) is never observed and always 0 here.
 *
 * @param lists  the lists' names, in the order their bits are numbered
 * @param counts {@code counts[pattern]} for {@code pattern} in 0 .. 2^t − 1; {@code counts[0]} is 0
 */
public record CaptureHistories(List<String> lists, long[] counts) {
    /** 2^12 cells: far beyond any study's number of agencies, small enough to fit in a moment. */
    public static final int MAX_LISTS = 12;

    public CaptureHistories {
        lists = List.copyOf(lists);
        counts = counts.clone();
        if (lists.isEmpty() || lists.size() > MAX_LISTS) {
            throw new IllegalArgumentException("a table has 1 to " + MAX_LISTS + " lists, not " + lists.size());
        }
        if (new HashSet<>(lists).size() != lists.size()) {
            throw new IllegalArgumentException("a list is named twice: " + lists);
        }
        if (counts.length != 1 << lists.size()) {
            throw new IllegalArgumentException("a table of " + lists.size() + " lists has " + (1 << lists.size())
                    + " cells, not " + counts.length);
        }
        if (counts[0] != 0) {
            throw new IllegalArgumentException("the people on no list cannot be counted: " + counts[0]);
        }
        if (Arrays.stream(counts).anyMatch(c -> c < 0)) {
            throw new IllegalArgumentException("a count is negative: " + Arrays.toString(counts));
        }
    }

    /**
     * The table as estimation.md writes it: {@code "100000:54 010000:463 ..."}, each pattern one character
     * per list in list order (1: on that list), then its count; a pattern not written is 0.
     */
    public static CaptureHistories parse(List<String> lists, String patternsAndCounts) {
        long[] counts = new long[1 << lists.size()];
        for (String cell : patternsAndCounts.trim().split("\\s+")) {
            String[] parts = cell.split(":");
            if (parts.length != 2 || parts[0].length() != lists.size() || !parts[0].matches("[01]+")) {
                throw new IllegalArgumentException("not a pattern of " + lists.size() + " lists and its count: " + cell);
            }
            int pattern = 0;
            for (int list = 0; list < lists.size(); list++) {
                if (parts[0].charAt(list) == '1') {
                    pattern |= 1 << list;
                }
            }
            counts[pattern] += Long.parseLong(parts[1]);
        }
        return new CaptureHistories(lists, counts);
    }

    public int listCount() {
        return lists.size();
    }

    public long count(int pattern) {
        return counts[pattern];
    }

    /** Everyone on at least one list. */
    public long observed() {
        return Arrays.stream(counts).sum();
    }

    /** The people on list {@code list}, whatever other lists they are on. */
    public long onList(int list) {
        long total = 0;
        for (int pattern = 1; pattern < counts.length; pattern++) {
            if (isOn(pattern, list)) {
                total += counts[pattern];
            }
        }
        return total;
    }

    /** The people on both lists of {@code pair}, whatever other lists they are on. */
    public long overlap(ListPair pair) {
        long total = 0;
        for (int pattern = 1; pattern < counts.length; pattern++) {
            if (pair.bothOn(pattern)) {
                total += counts[pattern];
            }
        }
        return total;
    }

    /** Every pair of lists, in the order (1,2), (1,3), ..., (1,t), (2,3), ...: the order ties are broken in. */
    public List<ListPair> pairs() {
        return ListPair.all(listCount());
    }

    static boolean isOn(int pattern, int list) {
        return (pattern & (1 << list)) != 0;
    }

    // A record's array component compares by identity; two tables with the same cells are the same table.
    @Override
    public boolean equals(Object other) {
        return other instanceof CaptureHistories that && lists.equals(that.lists) && Arrays.equals(counts, that.counts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(lists, Arrays.hashCode(counts));
    }

    @Override
    public String toString() {
        return "CaptureHistories" + lists + Arrays.toString(counts);
    }
}
