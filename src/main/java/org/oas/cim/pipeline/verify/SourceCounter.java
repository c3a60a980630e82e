package org.oas.cim.pipeline.verify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;

/**
 * The {@code sources} table: respondents and organizations per stage and source type. A respondent's source
 * type and organization are those of its latest response, as the duplicate rule takes the latest response.
 */
final class SourceCounter {
    private final IntFunction<Comparator<String>> sourceTypeOrder;

    /** @param sourceTypeOrder the order of a stage's source-type codes */
    SourceCounter(IntFunction<Comparator<String>> sourceTypeOrder) {
        this.sourceTypeOrder = sourceTypeOrder;
    }

    List<SourceCount> count(CountryAnswers answers) {
        List<Map<String, Tally>> byStage = List.of(new TreeMap<>(sourceTypeOrder.apply(1)), new TreeMap<>(sourceTypeOrder.apply(2)));
        answers.forEachRespondent(respondent -> byStage.get(respondent.stage() - 1)
                .computeIfAbsent(respondent.sourceType(), type -> new Tally()).add(respondent.organization()));
        List<SourceCount> rows = new ArrayList<>();
        for (int stage = 1; stage <= 2; stage++) {
            for (Map.Entry<String, Tally> type : byStage.get(stage - 1).entrySet()) {
                rows.add(new SourceCount(answers.country(), stage, type.getKey(), type.getValue().respondents,
                        type.getValue().organizations.size()));
            }
        }
        return rows;
    }

    /** The respondents of one source type, and the organizations they named. */
    private static final class Tally {
        private int respondents;
        private final Set<String> organizations = new HashSet<>();

        void add(String organization) {
            respondents++;
            if (organization != null && !organization.isBlank()) {
                organizations.add(organization);
            }
        }
    }
}
