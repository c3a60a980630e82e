package org.oas.cim.pipeline.verify;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The answers of one country, or of one of its regions, indexed by item. */
final class ScopedAnswers {
    private final String country;
    private final String region;
    private final Map<String, List<VerifiableAnswer>> byItem;

    ScopedAnswers(String country, String region, Collection<VerifiableAnswer> answers) {
        this.country = country;
        this.region = region;
        this.byItem = answers.stream().collect(Collectors.groupingBy(VerifiableAnswer::itemCode, LinkedHashMap::new, Collectors.toList()));
    }

    String country() {
        return country;
    }

    /** The region id, or null for the whole country. */
    String region() {
        return region;
    }

    /** Both stages' answers to an item. */
    List<VerifiableAnswer> answers(String itemCode) {
        return byItem.getOrDefault(itemCode, List.of());
    }
}
