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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** A country's reliability units, gathered item by item as the verification reads them. */
    Units units() {
        return new Units();
    }

    /**
     * The units of one country: for each, how often each value was given (all alpha needs), in the order of the items,
     * so that the same answers always give the same sums.
     */
    final class Units {
        private final List<Map<String, Long>> nominal = new ArrayList<>();
        private final List<Map<Double, Long>> ordinal = new ArrayList<>();

        /** A select_one item's unit, from the whole country's answers to it (duplicates resolved). */
        void addItem(Item item, List<VerifiableAnswer> answers) {
            List<VerifiableAnswer> votes = answers.stream().filter(a -> CategoricalVerifier.isVote(a.value())).toList();
            if (codebook.isOrdinal(item)) {
                Map<String, Integer> ranks = ChoiceOrder.ranks(codebook.list(item.listName()));
                Map<Double, Long> unit = new HashMap<>();
                votes.forEach(a -> unit.merge((double) ChoiceOrder.rank(ranks, code(a)), 1L, Long::sum));
                ordinal.add(unit);
            } else {
                Map<String, Long> unit = new HashMap<>();
                votes.forEach(a -> unit.merge(code(a), 1L, Long::sum));
                nominal.add(unit);
            }
        }

        /** A multi-select item's binary units, one per option named, from the whole country's answers to it. */
        void addOptions(List<OptionFinding> options, List<VerifiableAnswer> answers) {
            for (OptionFinding option : options) {
                Map<String, Long> unit = new HashMap<>();
                for (VerifiableAnswer a : answers) {
                    if (a.value() instanceof Value.Codes codes) {
                        unit.merge(codes.codes().contains(option.option()) ? YES : NO, 1L, Long::sum);
                    }
                }
                nominal.add(unit);
            }
        }

        /**
         * @param respondents the country's coders: respondents of both stages
         * @param indicators  the country's whole-country indicator findings (their stage consensus)
         * @param options     the country's whole-country option findings (the options named, their stage mentions)
         */
        Reliability compute(String country, int respondents, List<IndicatorFinding> indicators, List<OptionFinding> options) {
            Statistic alphaNominal = KrippendorffAlpha.alphaNominalOfCounts(nominal);
            Statistic alphaOrdinal = KrippendorffAlpha.alphaOfCounts(ordinal, KrippendorffAlpha.Metric.ORDINAL);
            StageLabels stages = stageConsensus(indicators, options);
            Statistic kappa = CohenKappa.fromLabels(stages.stage1(), stages.stage2()).kappa();
            return new Reliability(country, respondents, pairable(nominal), alphaNominal.value(), pairable(ordinal), alphaOrdinal.value(),
                    stages.stage1().size(), kappa.value(), note(alphaNominal, alphaOrdinal, kappa));
        }

        private static int pairable(List<? extends Map<?, Long>> units) {
            return (int) units.stream().filter(u -> u.values().stream().mapToLong(Long::longValue).sum() >= 2).count();
        }
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
