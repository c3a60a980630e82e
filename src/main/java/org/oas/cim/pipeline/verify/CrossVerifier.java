package org.oas.cim.pipeline.verify;

import org.oas.cim.pipeline.codebook.Codebook;
import org.oas.cim.pipeline.codebook.Item;
import org.oas.cim.pipeline.codebook.ItemType;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Cross-verification of one phase (src/site/markdown/protocol/verification.md): takes the phase's current answers,
 * applies the duplicate-respondent rule, and finds, per country (and per region where answers carry one), the value and
 * status of every select and estimate item, the official figures, who the sources are, and how reliable they are.
 * Same answers, same findings, in the same order.
 *
 * <p>A country is read one item at a time (the duplicate rule applies per item), and the answers behind each item's
 * findings are handed over as soon as they are found, so that memory holds one item's answers, whatever the number of
 * respondents.
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
     * The findings of answers already in memory, with the answers behind each finding.
     *
     * @param currentAnswers one phase's answers, superseded ones already left out; duplicates of a respondent
     *                       may be in (the latest response counts, see {@link DuplicateRespondents})
     */
    public Findings verify(Collection<VerifiableAnswer> currentAnswers) {
        return Findings.concat(AnswersInMemory.byCountry(currentAnswers).stream()
                .map(country -> verifyCountry(country, found -> { }, true)).toList());
    }

    /**
     * One country's findings, from its answers alone.
     *
     * @param evidence takes the findings of each item or item group as they are found, with the answers behind them;
     *                 what is returned is the country's findings without those answers
     */
    public Findings verifyCountry(CountryAnswers answers, Consumer<Findings> evidence) {
        return verifyCountry(answers, evidence, false);
    }

    private Findings verifyCountry(CountryAnswers answers, Consumer<Findings> evidence, boolean keepEvidence) {
        List<String> regions = answers.regions();
        Map<String, List<IndicatorFinding>> indicatorRows = byScope(regions);
        Map<String, List<OptionFinding>> optionRows = byScope(regions);
        Map<String, List<EstimateFinding>> estimateRows = byScope(regions);
        ReliabilityCalculator.Units units = reliability.units();
        for (Item item : items.of(ItemType.SELECT_ONE)) {
            Map<String, ScopedAnswers> scopes = scopes(answers, regions, List.of(item.code()));
            units.addItem(item, scopes.get(null).answers(item.code()));
            Map<String, IndicatorFinding> found = new LinkedHashMap<>();
            scopes.forEach((region, scope) -> found.put(region, categorical.verify(scope, item)));
            evidence.accept(new Findings(List.of(), List.copyOf(found.values()), List.of(), List.of(), List.of(), List.of()));
            found.forEach((region, row) -> indicatorRows.get(region).add(keepEvidence ? row : row.withoutEvidence()));
        }
        for (Item item : items.of(ItemType.SELECT_MULTIPLE)) {
            Map<String, ScopedAnswers> scopes = scopes(answers, regions, List.of(item.code()));
            Map<String, List<OptionFinding>> found = new LinkedHashMap<>();
            scopes.forEach((region, scope) -> found.put(region, multiSelect.verify(scope, item)));
            units.addOptions(found.get(null), scopes.get(null).answers(item.code()));
            evidence.accept(new Findings(List.of(), List.of(), found.values().stream().flatMap(List::stream).toList(), List.of(), List.of(),
                    List.of()));
            found.forEach((region, rows) -> rows.forEach(row -> optionRows.get(region).add(keepEvidence ? row : row.withoutEvidence())));
        }
        for (Item item : items.of(ItemType.ESTIMATE)) {
            Map<String, EstimateFinding> found = new LinkedHashMap<>();
            scopes(answers, regions, List.of(item.code())).forEach((region, scope) -> found.put(region, estimates.verify(scope, item)));
            evidence.accept(new Findings(List.of(), List.of(), List.of(), List.copyOf(found.values()), List.of(), List.of()));
            found.forEach((region, row) -> estimateRows.get(region).add(keepEvidence ? row : row.withoutEvidence()));
        }
        List<String> officialItems = Stream.concat(items.yearItem().stream(), items.officialCounts().stream()).map(Item::code).toList();
        List<OfficialFigure> figures = officialFigures.compute(scopes(answers, List.of(), officialItems).get(null));
        evidence.accept(new Findings(List.of(), List.of(), List.of(), List.of(), figures, List.of()));
        List<SourceCount> sourceRows = sources.count(answers);
        int respondents = sourceRows.stream().mapToInt(SourceCount::respondents).sum();
        Reliability reliabilityRow = units.compute(answers.country(), respondents, indicatorRows.get(null), optionRows.get(null));
        return new Findings(sourceRows, flat(indicatorRows), flat(optionRows), flat(estimateRows),
                keepEvidence ? figures : figures.stream().map(OfficialFigure::withoutEvidence).toList(), List.of(reliabilityRow));
    }

    /** An empty list of rows for the whole country (under the key null), then for each region, by region id. */
    private static <T> Map<String, List<T>> byScope(List<String> regions) {
        Map<String, List<T>> rows = new LinkedHashMap<>();
        rows.put(null, new ArrayList<>());
        regions.forEach(region -> rows.put(region, new ArrayList<>()));
        return rows;
    }

    /** The whole country's rows, then each region's. */
    private static <T> List<T> flat(Map<String, List<T>> byScope) {
        return byScope.values().stream().flatMap(List::stream).toList();
    }

    /**
     * The answers that count to some items: the whole country's (under the key null), then each region's, by region id.
     */
    private static Map<String, ScopedAnswers> scopes(CountryAnswers answers, List<String> regions, List<String> itemCodes) {
        List<VerifiableAnswer> counted = DuplicateRespondents.resolve(answers.answersTo(itemCodes));
        Map<String, ScopedAnswers> scopes = new LinkedHashMap<>();
        scopes.put(null, new ScopedAnswers(answers.country(), null, counted));
        for (String region : regions) {
            scopes.put(region, new ScopedAnswers(answers.country(), region, counted.stream().filter(a -> region.equals(a.region())).toList()));
        }
        return scopes;
    }

    private Comparator<String> sourceTypeOrder(Codebook codebook, int stage) {
        return items.sourceTypeList(stage).map(list -> ChoiceOrder.of(codebook, list)).orElseGet(ChoiceOrder::alphabetical);
    }
}
