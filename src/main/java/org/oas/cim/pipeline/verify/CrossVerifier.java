package org.oas.cim.pipeline.verify;

import org.oas.cim.pipeline.codebook.Codebook;
import org.oas.cim.pipeline.codebook.Item;
import org.oas.cim.pipeline.codebook.ItemType;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Cross-verification of one phase (src/site/markdown/protocol/verification.md): takes the phase's current answers,
 * applies the duplicate-respondent rule, and finds, per country (and per region where answers carry one), the value and
 * status of every select and estimate item, the official figures, who the sources are, and how reliable they are.
 * Same answers, same findings, in the same order.
 */
public final class CrossVerifier {
    private final AnalysisItems items;
    private final CategoricalVerifier categorical;
    private final MultiSelectVerifier multiSelect;
    private final EstimateVerifier estimates;
    private final OfficialFigures officialFigures;
    private final SourceCounter sources;
    private final ReliabilityCalculator reliability;

    public CrossVerifier(Codebook codebook, VerificationSettings settings) {
        this.items = new AnalysisItems(codebook);
        this.categorical = new CategoricalVerifier(codebook, settings);
        this.multiSelect = new MultiSelectVerifier(codebook);
        this.estimates = new EstimateVerifier(settings);
        this.officialFigures = new OfficialFigures(items, sourceTypeOrder(codebook, 2));
        this.sources = new SourceCounter(stage -> sourceTypeOrder(codebook, stage));
        this.reliability = new ReliabilityCalculator(codebook, items);
    }

    /**
     * @param currentAnswers one phase's answers, superseded ones already left out; duplicates of a respondent
     *                       may be in (the latest response counts, see {@link DuplicateRespondents})
     */
    public Findings verify(Collection<VerifiableAnswer> currentAnswers) {
        Map<String, List<VerifiableAnswer>> byCountry = currentAnswers.stream()
                .collect(Collectors.groupingBy(VerifiableAnswer::country, TreeMap::new, Collectors.toList()));
        return Findings.concat(byCountry.entrySet().stream().map(e -> verifyCountry(e.getKey(), e.getValue())).toList());
    }

    /**
     * One country's findings, from its answers alone: the analysis verifies a phase one country at a time, so that it
     * never holds more than one country's answers.
     *
     * @param answers the country's current answers, superseded ones left out; duplicates of a respondent may be in
     */
    public Findings verifyCountry(String country, Collection<VerifiableAnswer> answers) {
        List<VerifiableAnswer> counted = DuplicateRespondents.resolve(answers);
        ScopedAnswers whole = new ScopedAnswers(country, null, counted);
        List<IndicatorFinding> countryIndicators = indicators(whole);
        List<OptionFinding> countryOptions = options(whole);
        List<IndicatorFinding> indicatorRows = new ArrayList<>(countryIndicators);
        List<OptionFinding> optionRows = new ArrayList<>(countryOptions);
        List<EstimateFinding> estimateRows = new ArrayList<>(estimates(whole));
        for (ScopedAnswers region : regions(country, counted)) {
            indicatorRows.addAll(indicators(region));
            optionRows.addAll(options(region));
            estimateRows.addAll(estimates(region));
        }
        return new Findings(sources.count(country, counted), indicatorRows, optionRows, estimateRows,
                officialFigures.compute(whole), List.of(reliability.compute(whole, countryIndicators, countryOptions)));
    }

    private List<IndicatorFinding> indicators(ScopedAnswers scope) {
        return items.of(ItemType.SELECT_ONE).stream().map(item -> categorical.verify(scope, item)).toList();
    }

    private List<OptionFinding> options(ScopedAnswers scope) {
        List<OptionFinding> rows = new ArrayList<>();
        for (Item item : items.of(ItemType.SELECT_MULTIPLE)) {
            rows.addAll(multiSelect.verify(scope, item));
        }
        return rows;
    }

    private List<EstimateFinding> estimates(ScopedAnswers scope) {
        return items.of(ItemType.ESTIMATE).stream().map(item -> estimates.verify(scope, item)).toList();
    }

    /** One scope per region the country's answers name, by region id. */
    private static List<ScopedAnswers> regions(String country, List<VerifiableAnswer> answers) {
        Map<String, List<VerifiableAnswer>> byRegion = answers.stream().filter(a -> a.region() != null)
                .collect(Collectors.groupingBy(VerifiableAnswer::region, TreeMap::new, Collectors.toList()));
        return byRegion.entrySet().stream().map(e -> new ScopedAnswers(country, e.getKey(), e.getValue())).toList();
    }

    private Comparator<String> sourceTypeOrder(Codebook codebook, int stage) {
        return items.sourceTypeList(stage).map(list -> ChoiceOrder.of(codebook, list)).orElseGet(ChoiceOrder::alphabetical);
    }
}
