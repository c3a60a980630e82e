package org.oas.cim.pipeline.estimation;

import org.oas.cim.pipeline.stats.CaptureHistories;

import java.util.List;

/**
 * The capture histories of one country and year of a phase, with the lists and files they came from: linked from
 * victim lists, or as a capture-history file gave them.
 *
 * @param country the country's code
 * @param year    the year, or empty where the lists do not say
 * @param table   the people per pattern of lists
 * @param sources every list with a file behind it (a list may come from several files)
 */
record SourcedHistories(String country, String year, CaptureHistories table, List<Source> sources) {
    SourcedHistories {
        sources = List.copyOf(sources);
    }

    /**
     * @param position the list's bit in the table's patterns (0 for the first list)
     * @param rows     the file's rows behind that list
     */
    record Source(int position, String list, long fileId, String fileName, long rows) {
    }

    /** A pattern as estimation.md writes it: one character per list, in list order, 1 for on that list. */
    static String patternText(int pattern, int lists) {
        StringBuilder text = new StringBuilder(lists);
        for (int list = 0; list < lists; list++) {
            text.append((pattern & (1 << list)) != 0 ? '1' : '0');
        }
        return text.toString();
    }
}
