package org.oas.cim.pipeline.cases;

import org.oas.cim.pipeline.verify.OptionFinding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Sets one country's survey options beside its case records (cases.md, "Triangulation"): a row for every option a
 * survey names, and for every option only the cases show at the {@link TriangulationVerdict#CASES_ONLY} level, each
 * with the first verdict that applies. Pure: the counts come in, the rows go out.
 */
public final class Triangulation {
    private final int k;
    private final double casesOnlyShare;

    /**
     * @param k              fewest cases that count for a verdict on the cases
     * @param casesOnlyShare share of the cases that must name an option no survey names
     */
    public Triangulation(int k, double casesOnlyShare) {
        this.k = k;
        this.casesOnlyShare = casesOnlyShare;
    }

    /**
     * @param cases          what the cases say of each indicator ({@link CaseRules#INDICATORS}), in codebook order
     * @param surveyOptions  the country's options table rows (the whole country, no region)
     * @param optionOrder    an indicator's options in codebook order
     */
    public List<TriangulationRow> rows(String country, Map<String, OptionCases> cases, List<OptionFinding> surveyOptions,
                                       Function<String, List<String>> optionOrder) {
        List<TriangulationRow> rows = new ArrayList<>();
        cases.forEach((indicator, counts) -> {
            Map<String, OptionFinding> named = new LinkedHashMap<>();
            surveyOptions.stream().filter(f -> f.indicator().equals(indicator) && f.region() == null)
                    .forEach(f -> named.put(f.option(), f));
            List<String> order = optionOrder.apply(indicator);
            Set<String> candidates = new LinkedHashSet<>(named.keySet());
            // Only the survey item's own options: a CTDC field names more (sexual exploitation, threats, ...).
            counts.named().stream().filter(order::contains).filter(counts::comparable).forEach(candidates::add);
            candidates.stream().sorted(Comparator.comparingInt((String o) -> order.contains(o) ? order.indexOf(o) : order.size())
                            .thenComparing(Comparator.naturalOrder()))
                    .forEach(option -> row(country, indicator, option, named.get(option), counts).ifPresent(rows::add));
        });
        return rows;
    }

    private Optional<TriangulationRow> row(String country, String indicator, String option, OptionFinding survey,
                                                     OptionCases counts) {
        boolean comparable = counts.comparable(option);
        long n = counts.n(option);
        long with = counts.with(option);
        return TriangulationVerdict.of(comparable, survey != null, n, with, k, casesOnlyShare)
                .map(verdict -> new TriangulationRow(country, indicator, option,
                        survey == null ? null : survey.status(),
                        survey == null ? null : survey.stage1().mentions(),
                        survey == null ? null : survey.stage2().mentions(),
                        comparable ? n : null, comparable ? with : null, verdict));
    }
}
