package org.oas.cim.pipeline.verify;

import org.oas.cim.pipeline.codebook.Item;
import org.oas.cim.pipeline.normalize.Value;
import org.oas.cim.pipeline.stats.Quantiles;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.LongSummaryStatistics;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Official figures (O1-O3): per item and agency type, the agencies reporting an exact count, their median,
 * minimum and maximum, and the year (O5) the figures refer to. Never summed or averaged across agency types,
 * which count the same people. Where the agencies of a type name several years, the latest is given and the
 * row says the years are mixed, so that a reader is not led to think all figures refer to that year.
 */
final class OfficialFigures {
    private final AnalysisItems items;
    private final Comparator<String> agencyOrder;

    OfficialFigures(AnalysisItems items, Comparator<String> agencyOrder) {
        this.items = items;
        this.agencyOrder = agencyOrder;
    }

    List<OfficialFigure> compute(ScopedAnswers scope) {
        Map<Coder, VerifiableAnswer> years = new HashMap<>();
        items.yearItem().ifPresent(year -> scope.answers(year.code()).stream()
                .filter(a -> a.value() instanceof Value.Count)
                .forEach(a -> years.put(Coder.of(a), a)));
        List<OfficialFigure> figures = new ArrayList<>();
        for (Item item : items.officialCounts()) {
            Map<String, List<VerifiableAnswer>> byAgencyType = new TreeMap<>(agencyOrder);
            scope.answers(item.code()).stream().filter(a -> a.value() instanceof Value.Count)
                    .forEach(a -> byAgencyType.computeIfAbsent(a.sourceType(), k -> new ArrayList<>()).add(a));
            byAgencyType.forEach((agencyType, reports) ->
                    figures.add(figure(scope.country(), item, agencyType, reports, years)));
        }
        return figures;
    }

    private static OfficialFigure figure(String country, Item item, String agencyType, List<VerifiableAnswer> reports,
                                         Map<Coder, VerifiableAnswer> years) {
        double[] counts = reports.stream().mapToDouble(OfficialFigures::count).toArray();
        LongSummaryStatistics range = reports.stream().mapToLong(OfficialFigures::count).summaryStatistics();
        List<VerifiableAnswer> yearAnswers = reports.stream().map(a -> years.get(Coder.of(a))).filter(Objects::nonNull).toList();
        List<Long> distinctYears = yearAnswers.stream().map(OfficialFigures::count).distinct().sorted().toList();
        Integer year = distinctYears.isEmpty() ? null : Math.toIntExact(distinctYears.get(distinctYears.size() - 1));
        List<Long> evidence = Stream.concat(reports.stream(), yearAnswers.stream()).map(VerifiableAnswer::answerId).sorted().toList();
        return new OfficialFigure(country, item.code(), agencyType, reports.size(), Quantiles.median(counts).value(),
                range.getMin(), range.getMax(), year, distinctYears.size() > 1, evidence);
    }

    private static long count(VerifiableAnswer answer) {
        return ((Value.Count) answer.value()).value();
    }
}
