package org.oas.cim.pipeline.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which of {@code ,} {@code ;} tab {@code |} separates the fields of a text file, judged on its first
 * records: the one that splits them into the most consistent number of columns above one. Quotes are
 * honoured, so a comma inside {@code "Casa Alianza, Honduras"} does not count, and title rows above the
 * header do not decide, because the most frequent column count does.
 */
final class DelimiterSniffer {
    /** In order of preference, where two split the sample equally well. */
    static final char[] CANDIDATES = {',', ';', '\t', '|'};

    static final int SAMPLE_RECORDS = 50;

    private DelimiterSniffer() {
    }

    /**
     * The delimiter, or {@code fallback} when none splits the sample into more than one column.
     *
     * @param wholeFile whether the sample is the whole text, so that its last line counts even without a line end
     */
    static char detect(CharSequence sample, boolean wholeFile, char fallback) {
        char best = fallback;
        double bestShare = 0;
        int bestColumns = 1;
        for (char candidate : CANDIDATES) {
            List<Integer> counts = fieldCounts(sample, wholeFile, candidate);
            if (counts.isEmpty()) {
                continue;
            }
            Map<Integer, Integer> frequency = new HashMap<>();
            int mode = 0;
            int modeFrequency = 0;
            for (int count : counts) {
                int f = frequency.merge(count, 1, Integer::sum);
                if (f > modeFrequency || (f == modeFrequency && count > mode)) {
                    mode = count;
                    modeFrequency = f;
                }
            }
            double share = (double) modeFrequency / counts.size();
            if (mode > 1 && (share > bestShare || (share == bestShare && mode > bestColumns))) {
                best = candidate;
                bestShare = share;
                bestColumns = mode;
            }
        }
        return best;
    }

    /**
     * The number of fields of each complete, non-blank record in the sample, splitting on {@code delimiter}
     * outside double quotes. A record still open at the end of a partial sample is left out.
     */
    static List<Integer> fieldCounts(CharSequence sample, boolean wholeFile, char delimiter) {
        List<Integer> counts = new ArrayList<>();
        boolean quoted = false;
        boolean blank = true;
        boolean atFieldStart = true;
        int fields = 1;
        for (int i = 0; i < sample.length() && counts.size() < SAMPLE_RECORDS; i++) {
            char c = sample.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < sample.length() && sample.charAt(i + 1) == '"') {
                        i++;
                    } else {
                        quoted = false;
                    }
                }
            } else if (c == '"' && atFieldStart) {
                quoted = true;
                blank = false;
                atFieldStart = false;
            } else if (c == delimiter) {
                fields++;
                atFieldStart = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < sample.length() && sample.charAt(i + 1) == '\n') {
                    i++;
                }
                if (!blank) {
                    counts.add(fields);
                }
                fields = 1;
                blank = true;
                atFieldStart = true;
            } else {
                if (!Character.isWhitespace(c)) {
                    blank = false;
                }
                if (c != ' ') {
                    atFieldStart = false;
                }
            }
        }
        if (wholeFile && !quoted && !blank && counts.size() < SAMPLE_RECORDS) {
            counts.add(fields);
        }
        return counts;
    }
}
