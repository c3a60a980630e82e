package org.oas.cim.pipeline.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Two lists, by their positions in a {@link CaptureHistories} table ({@code first < second}): a two-list
 * interaction of a log-linear model.
 */
public record ListPair(int first, int second) {
    public ListPair {
        if (first < 0 || second <= first) {
            throw new IllegalArgumentException("a pair is two lists, the first before the second: " + first + ", " + second);
        }
    }

    /** Whether a person with capture history {@code pattern} is on both lists. */
    public boolean bothOn(int pattern) {
        return CaptureHistories.isOn(pattern, first) && CaptureHistories.isOn(pattern, second);
    }

    /** {@code PF:NCA}: the lists' names joined as the published {@code model} column writes them. */
    public String label(List<String> lists) {
        return lists.get(first) + ":" + lists.get(second);
    }

    /** Every pair of {@code t} lists, in the order (1,2), (1,3), ..., (1,t), (2,3), ... */
    static List<ListPair> all(int t) {
        List<ListPair> pairs = new ArrayList<>();
        for (int i = 0; i < t; i++) {
            for (int j = i + 1; j < t; j++) {
                pairs.add(new ListPair(i, j));
            }
        }
        return List.copyOf(pairs);
    }
}
