package org.oas.cim.pipeline.verify;

import java.util.List;

/**
 * Everything cross-verification finds in one phase, one list per findings table. Rows are ordered by country
 * code; within a country the whole-country rows come first, then each region's (by region id); within those,
 * codebook order (options in choice-list order, source and agency types in their list order).
 */
public record Findings(List<SourceCount> sources, List<IndicatorFinding> indicators, List<OptionFinding> options,
                       List<EstimateFinding> estimates, List<OfficialFigure> officialFigures,
                       List<Reliability> reliability) {
    /** The findings of several countries, in the order given (country code order, as the tables are). */
    public static Findings concat(List<Findings> countries) {
        return new Findings(all(countries, Findings::sources), all(countries, Findings::indicators), all(countries, Findings::options),
                all(countries, Findings::estimates), all(countries, Findings::officialFigures), all(countries, Findings::reliability));
    }

    /** The same findings without the answers behind them, once those are saved: what the tables are made of. */
    public Findings withoutEvidence() {
        return new Findings(sources,
                indicators.stream().map(IndicatorFinding::withoutEvidence).toList(),
                options.stream().map(OptionFinding::withoutEvidence).toList(),
                estimates.stream().map(EstimateFinding::withoutEvidence).toList(),
                officialFigures.stream().map(OfficialFigure::withoutEvidence).toList(), reliability);
    }

    private static <T> List<T> all(List<Findings> countries, java.util.function.Function<Findings, List<T>> table) {
        return countries.stream().flatMap(f -> table.apply(f).stream()).toList();
    }

    public Findings {
        sources = List.copyOf(sources);
        indicators = List.copyOf(indicators);
        options = List.copyOf(options);
        estimates = List.copyOf(estimates);
        officialFigures = List.copyOf(officialFigures);
        reliability = List.copyOf(reliability);
    }
}
