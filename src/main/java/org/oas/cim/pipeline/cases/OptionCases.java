package org.oas.cim.pipeline.cases;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The cases behind one indicator of one country: for each option, the cases that count (where the field is known)
 * and the cases naming it. Most indicators count the same cases for every option; P2's two options count different ones.
 */
public final class OptionCases {
    private final Predicate<String> comparable;
    private final Map<String, Long> n = new LinkedHashMap<>();
    private final Map<String, Long> with = new LinkedHashMap<>();
    private long sharedN;

    OptionCases(Predicate<String> comparable) {
        this.comparable = comparable;
    }

    /** Whether the CTDC format can speak to the option. */
    public boolean comparable(String option) {
        return comparable.test(option);
    }

    public long n(String option) {
        return n.getOrDefault(option, sharedN);
    }

    public long with(String option) {
        return with.getOrDefault(option, 0L);
    }

    /** The options at least one case names. */
    public Set<String> named() {
        return with.keySet();
    }

    OptionCases countKnown(long cases) {
        sharedN += cases;
        return this;
    }

    OptionCases countKnown(String option, long cases) {
        n.merge(option, cases, Long::sum);
        return this;
    }

    OptionCases countNaming(String option, long cases) {
        if (cases > 0) {
            with.merge(option, cases, Long::sum);
        }
        return this;
    }
}
