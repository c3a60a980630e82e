package org.oas.cim.pipeline.verify;

import org.oas.cim.pipeline.codebook.Choice;
import org.oas.cim.pipeline.codebook.Codebook;
import org.oas.cim.pipeline.codebook.Item;
import org.oas.cim.pipeline.codebook.ItemType;
import org.oas.cim.pipeline.normalize.Value;
import org.oas.cim.pipeline.stats.CohenKappa;
import org.oas.cim.pipeline.stats.KrippendorffAlpha;
import org.oas.cim.pipeline.stats.Statistic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Reliability per country (src/site/markdown/protocol/verification.md, "Reliability per country"): Krippendorff's alpha
 * among all respondents of both stages, over nominal units (non-ordinal select_one items, and one binary unit per
 * multi-select item and option named in the country) and over ordinal units (ranks); Cohen's kappa between the stages'
 * consensus over the binary units and the yes/no items. The statistics themselves are the stats package's.
 */
final class ReliabilityCalculator {
    /** The values of a binary unit: those of the yes/no items, so that both kinds of unit share them. */
    static final String YES = "yes";
    static final String NO = "no";

    private final Codebook codebook;
    private final AnalysisItems items;

    ReliabilityCalculator(Codebook codebook, AnalysisItems items) {
        this.codebook = codebook;
        this.items = items;
    }

    /**
     * @param scope      the whole country
     * @param indicators the country's whole-country indicator findings (their stage consensus)
     * @param options    the country's whole-country option findings (the options named, their stage mentions)
     */
    Reliability compute(ScopedAnswers scope, List<IndicatorFinding> indicators, List<OptionFinding> options) {
        List<Coder> coders = Coder.of(scope.all());
        Map<Coder, Integer> column = new HashMap<>();
        coders.forEach(c -> column.put(c, column.size()));
        Set<Long> evidence = new TreeSet<>();
        List<String[]> nominal = new ArrayList<>();
        List<double[]> ordinal = new ArrayList<>();
        for (Item item : items.of(ItemType.SELECT_ONE)) {
            List<VerifiableAnswer> votes = scope.answers(item.code()).stream().filter(a -> CategoricalVerifier.isVote(a.value())).toList();
            votes.forEach(a -> evidence.add(a.answerId()));
            if (codebook.isOrdinal(item)) {
                Map<String, Integer> ranks = ChoiceOrder.ranks(codebook.list(item.listName()));
                double[] unit = new double[coders.size()];
                Arrays.fill(unit, Double.NaN);
                votes.forEach(a -> unit[column.get(Coder.of(a))] = ChoiceOrder.rank(ranks, code(a)));
                ordinal.add(unit);
            } else {
                String[] unit = new String[coders.size()];
                votes.forEach(a -> unit[column.get(Coder.of(a))] = code(a));
                nominal.add(unit);
            }
        }
        for (OptionFinding option : options) {
            String[] unit = new String[coders.size()];
            for (VerifiableAnswer a : scope.answers(option.indicator())) {
                if (a.value() instanceof Value.Codes codes) {
                    unit[column.get(Coder.of(a))] = codes.codes().contains(option.option()) ? YES : NO;
                    evidence.add(a.answerId());
                }
            }
            nominal.add(unit);
        }
        Statistic alphaNominal = KrippendorffAlpha.alphaNominal(labelsByCoder(nominal, coders.size()));
        Statistic alphaOrdinal = KrippendorffAlpha.alpha(ranksByCoder(ordinal, coders.size()), KrippendorffAlpha.Metric.ORDINAL);
        StageLabels stages = stageConsensus(indicators, options);
        Statistic kappa = CohenKappa.fromLabels(stages.stage1(), stages.stage2()).kappa();
        return new Reliability(scope.country(), coders.size(),
                (int) nominal.stream().filter(u -> Arrays.stream(u).filter(v -> v != null).count() >= 2).count(), alphaNominal.value(),
                (int) ordinal.stream().filter(u -> Arrays.stream(u).filter(v -> !Double.isNaN(v)).count() >= 2).count(), alphaOrdinal.value(),
                stages.stage1().size(), kappa.value(), note(alphaNominal, alphaOrdinal, kappa), List.copyOf(evidence));
    }

    private static String code(VerifiableAnswer answer) {
        return ((Value.Code) answer.value()).code();
    }

    /** The units where both stages' consensus is defined: yes/no items first, then binary option units. */
    private StageLabels stageConsensus(List<IndicatorFinding> indicators, List<OptionFinding> options) {
        Set<String> yesNoItems = items.of(ItemType.SELECT_ONE).stream().filter(this::isYesNo).map(Item::code).collect(Collectors.toSet());
        List<String> stage1 = new ArrayList<>();
        List<String> stage2 = new ArrayList<>();
        for (IndicatorFinding finding : indicators) {
            if (yesNoItems.contains(finding.indicator()) && finding.stage1().isDefined() && finding.stage2().isDefined()) {
                stage1.add(finding.stage1().code());
                stage2.add(finding.stage2().code());
            }
        }
        for (OptionFinding option : options) {
            String consensus1 = consensus(option.stage1());
            String consensus2 = consensus(option.stage2());
            if (consensus1 != null && consensus2 != null) {
                stage1.add(consensus1);
                stage2.add(consensus2);
            }
        }
        return new StageLabels(stage1, stage2);
    }

    /** {@code yes} if more than half of the stage's respondents name the option, {@code no} if fewer, else none. */
    static String consensus(Mentions mentions) {
        int twice = 2 * mentions.mentions();
        if (mentions.n() == 0 || twice == mentions.n()) {
            return null;
        }
        return twice > mentions.n() ? YES : NO;
    }

    private boolean isYesNo(Item item) {
        return !Codebook.COUNTRY_LIST.equals(item.listName())
                && codebook.list(item.listName()).informative().stream().map(Choice::code).collect(Collectors.toSet()).equals(Set.of(YES, NO));
    }

    private static List<List<String>> labelsByCoder(List<String[]> units, int coders) {
        List<List<String>> rows = new ArrayList<>();
        for (int coder = 0; coder < coders; coder++) {
            List<String> row = new ArrayList<>();
            for (String[] unit : units) {
                row.add(unit[coder]);
            }
            rows.add(row);
        }
        return rows;
    }

    private static double[][] ranksByCoder(List<double[]> units, int coders) {
        double[][] rows = new double[coders][units.size()];
        for (int unit = 0; unit < units.size(); unit++) {
            for (int coder = 0; coder < coders; coder++) {
                rows[coder][unit] = units.get(unit)[coder];
            }
        }
        return rows;
    }

    private static String note(Statistic alphaNominal, Statistic alphaOrdinal, Statistic kappa) {
        List<String> notes = new ArrayList<>();
        if (!alphaNominal.isDefined()) {
            notes.add("alpha_nominal: " + alphaNominal.undefinedReason());
        }
        if (!alphaOrdinal.isDefined()) {
            notes.add("alpha_ordinal: " + alphaOrdinal.undefinedReason());
        }
        if (!kappa.isDefined()) {
            notes.add("kappa_stages: " + kappa.undefinedReason());
        }
        return notes.isEmpty() ? null : String.join("; ", notes);
    }

    private record StageLabels(List<String> stage1, List<String> stage2) {
    }
}
