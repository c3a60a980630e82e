package org.oas.cim.pipeline.estimation;

import org.oas.cim.pipeline.stats.CaptureHistories;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Capture histories written as one text per row, {@code 10110}, as MARK, RMark and FSA write them: character i is
 * list i (1 on it, 0 not). The lists have no names there, so they are called L1, L2, ... A spreadsheet that took the
 * text for a number dropped its leading zeros; such a pattern is padded to the others' length, which is known only once
 * every row is read, so the counts are kept per text: memory holds one entry per pattern, never a row.
 */
final class PatternTexts {
    private final Map<String, Written> counts = new LinkedHashMap<>();

    /** @param cell where the text was first written, for a message */
    private record Written(boolean number, String cell, long[] count) {
    }

    /** Whether a cell holds a pattern: 0s and 1s only, at most as many as a table takes lists. */
    static boolean isPattern(String text) {
        return !text.isEmpty() && text.length() <= CaptureHistories.MAX_LISTS && text.chars().allMatch(c -> c == '0' || c == '1');
    }

    /** @param number the cell was a number, whose leading zeros the spreadsheet dropped */
    void add(String text, boolean number, long count, String cell) {
        counts.computeIfAbsent(text, t -> new Written(number, cell, new long[1])).count()[0] += count;
    }

    /**
     * The table, or null with the problems told where a text pattern is shorter than the others (a number's is padded).
     *
     * @param problem told one text at a time: the cell where it was first written, and what is wrong
     */
    CaptureHistories table(ProblemSink problem) {
        int lists = counts.keySet().stream().mapToInt(String::length).max().orElse(1);
        List<String> names = new ArrayList<>();
        for (int list = 1; list <= lists; list++) {
            names.add("L" + list);
        }
        long[] table = new long[1 << lists];
        boolean complete = true;
        for (Map.Entry<String, Written> entry : counts.entrySet()) {
            String text = entry.getKey();
            if (text.length() < lists && !entry.getValue().number()) {
                problem.tell(entry.getValue().cell(), "the pattern '" + text + "' has " + text.length() + " marks where the "
                        + "others have " + lists + ": write one 1 or 0 per list");
                complete = false;
                continue;
            }
            String padded = "0".repeat(lists - text.length()) + text;
            int pattern = 0;
            for (int list = 0; list < lists; list++) {
                if (padded.charAt(list) == '1') {
                    pattern |= 1 << list;
                }
            }
            table[pattern] += entry.getValue().count()[0];
        }
        return complete ? new CaptureHistories(names, table) : null;
    }

    @FunctionalInterface
    interface ProblemSink {
        void tell(String cell, String message);
    }
}
