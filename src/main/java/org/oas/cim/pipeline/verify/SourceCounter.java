package org.oas.cim.pipeline.verify;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * The {@code sources} table: respondents and organizations per stage and source type. A respondent's source
 * type and organization are those of its latest answer, as the duplicate rule takes the latest response.
 */
final class SourceCounter {
    private final IntFunction<Comparator<String>> sourceTypeOrder;

    /** @param sourceTypeOrder the order of a stage's source-type codes */
    SourceCounter(IntFunction<Comparator<String>> sourceTypeOrder) {
        this.sourceTypeOrder = sourceTypeOrder;
    }

    List<SourceCount> count(String country, Collection<VerifiableAnswer> answers) {
        Map<Coder, List<VerifiableAnswer>> byCoder = answers.stream()
                .collect(Collectors.groupingBy(Coder::of, () -> new TreeMap<>(Coder.ORDER), Collectors.toList()));
        List<SourceCount> rows = new ArrayList<>();
        for (int stage = 1; stage <= 2; stage++) {
            Map<String, List<Respondent>> byType = new TreeMap<>(sourceTypeOrder.apply(stage));
            for (Map.Entry<Coder, List<VerifiableAnswer>> coder : byCoder.entrySet()) {
                if (coder.getKey().stage() == stage) {
                    Respondent respondent = new Respondent(coder.getValue().stream().max(DuplicateRespondents.RECENCY).orElseThrow(), coder.getValue());
                    byType.computeIfAbsent(respondent.latest().sourceType(), k -> new ArrayList<>()).add(respondent);
                }
            }
            for (Map.Entry<String, List<Respondent>> type : byType.entrySet()) {
                List<Respondent> respondents = type.getValue();
                int organizations = (int) respondents.stream().map(r -> r.latest().organization())
                        .filter(o -> o != null && !o.isBlank()).distinct().count();
                List<Long> evidence = respondents.stream().flatMap(r -> r.answers().stream())
                        .map(VerifiableAnswer::answerId).sorted().toList();
                rows.add(new SourceCount(country, stage, type.getKey(), respondents.size(), organizations, evidence));
            }
        }
        return rows;
    }

    private record Respondent(VerifiableAnswer latest, List<VerifiableAnswer> answers) {
    }
}
