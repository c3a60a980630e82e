package org.oas.cim.pipeline.microdata;

import org.oas.cim.pipeline.codebook.ChoiceList;
import org.oas.cim.pipeline.codebook.Codebook;
import org.oas.cim.pipeline.codebook.Item;
import org.oas.cim.pipeline.publish.ColumnType;
import org.oas.cim.pipeline.publish.Labels;
import org.oas.cim.pipeline.publish.Messages;
import org.oas.cim.pipeline.study.Phase;
import org.oas.cim.pipeline.study.Region;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The columns of a phase's {@code answers.csv}: who answered (pseudonym, phase, country, region, stage, source type,
 * date), then every item of the codebook in order, except personal data, free text and the respondent section
 * (whose values are the columns before). A multiple-answer item is one 0/1 column per option; an estimate is its
 * low end, high end and whether it was approximate.
 */
final class Variables {
    private static final int CODE_WIDTH = 60;

    private final Codebook codebook;
    private final Labels labels;
    private final Messages messages;

    Variables(Codebook codebook, String language) {
        this.codebook = codebook;
        this.labels = Labels.of(codebook, language);
        this.messages = labels.messages();
    }

    List<Variable> of(Phase phase, MicrodataStore store) {
        List<Variable> variables = new ArrayList<>(respondentColumns(phase));
        for (Item item : labels.items()) {
            if (item.pii() || item.isText() || "respondent".equals(item.section())) {
                continue;
            }
            String name = item.code().toLowerCase(Locale.ROOT);
            String label = item.label(labels.language());
            switch (item.type()) {
                case SELECT_ONE -> variables.add(new Variable(name, ColumnType.TEXT, label, choices(item, null), CODE_WIDTH,
                        r -> selected(item, r.answers().get(item.code()))));
                case SELECT_MULTIPLE -> {
                    Set<String> named = Codebook.COUNTRY_LIST.equals(item.listName()) ? store.namedCodes(phase.id(), item.code()) : null;
                    choices(item, named).forEach((code, optionLabel) -> variables.add(new Variable(name + "_" + safe(code),
                            ColumnType.INTEGER, label + ": " + optionLabel, flag("microdata.named", "microdata.not_named"), 1,
                            r -> mentioned(r.answers().get(item.code()), code))));
                }
                case ESTIMATE -> {
                    variables.add(new Variable(name + "_low", ColumnType.INTEGER, messages.text("microdata.low", label), Map.of(), 20,
                            r -> known(r, item) == null ? null : known(r, item).low()));
                    variables.add(new Variable(name + "_high", ColumnType.INTEGER, messages.text("microdata.high", label), Map.of(), 20,
                            r -> known(r, item) == null ? null : known(r, item).high()));
                    variables.add(new Variable(name + "_approx", ColumnType.INTEGER, messages.text("microdata.approximate", label),
                            flag("microdata.approximate.1", "microdata.approximate.0"), 1,
                            r -> known(r, item) == null || known(r, item).approximate() == null ? null : known(r, item).approximate() ? 1 : 0));
                }
                case INTEGER -> variables.add(new Variable(name, ColumnType.INTEGER, label, Map.of(), 20,
                        r -> known(r, item) == null ? null : known(r, item).count()));
                case DATE -> variables.add(new Variable(name, ColumnType.DATE, label, Map.of(), 10,
                        r -> known(r, item) == null ? null : known(r, item).date()));
                case TEXT -> throw new IllegalStateException("free text is never exported");
            }
        }
        return variables;
    }

    private List<Variable> respondentColumns(Phase phase) {
        Map<String, String> countries = new LinkedHashMap<>();
        phase.countries().forEach(c -> countries.put(c, labels.countryName(c)));
        Map<String, String> regions = new LinkedHashMap<>();
        phase.regions().forEach(r -> regions.put(r.id(), r.name() == null ? r.id() : r.name()));
        Map<String, String> stages = new LinkedHashMap<>();
        stages.put("1", messages.text("microdata.stage.1"));
        stages.put("2", messages.text("microdata.stage.2"));
        Map<String, String> sourceTypes = new LinkedHashMap<>();
        for (int stage = 1; stage <= 2; stage++) {
            int s = stage;
            codebook.instrumentOfStage(stage).flatMap(i -> i.itemWithRole("source_type"))
                    .ifPresent(item -> choices(item, null).forEach((code, l) -> sourceTypes.putIfAbsent(code, labels.sourceTypeLabel(s, code))));
        }
        int regionWidth = phase.regions().stream().map(Region::id).mapToInt(String::length).max().orElse(1);
        return List.of(
                new Variable("pseudonym", ColumnType.TEXT, messages.text("microdata.pseudonym"), Map.of(), 64, Respondent::pseudonym),
                new Variable("phase", ColumnType.TEXT, messages.text("microdata.phase"), Map.of(), CODE_WIDTH, Respondent::phase),
                new Variable("country", ColumnType.TEXT, messages.text("microdata.country"), countries, 2, Respondent::country),
                new Variable("region", ColumnType.TEXT, messages.text("microdata.region"), regions, Math.max(regionWidth, 8), Respondent::region),
                new Variable("stage", ColumnType.INTEGER, messages.text("microdata.stage"), stages, 1, r -> (long) r.stage()),
                new Variable("source_type", ColumnType.TEXT, messages.text("microdata.source_type"), sourceTypes, CODE_WIDTH, Respondent::sourceType),
                new Variable("response_date", ColumnType.DATE, messages.text("microdata.response_date"), Map.of(), 10, Respondent::responseDate));
    }

    /** An item's choices, code to label in list order; for a country list, only the countries {@code named}. */
    private Map<String, String> choices(Item item, Set<String> named) {
        Map<String, String> choices = new LinkedHashMap<>();
        for (String code : labels.choiceOrder(item)) {
            if (named == null || named.contains(code)) {
                choices.put(code, labels.choiceLabel(item, code));
            }
        }
        return Codebook.COUNTRY_LIST.equals(item.listName()) && named == null ? Map.of() : choices;
    }

    private Map<String, String> flag(String yes, String no) {
        Map<String, String> labelsOfFlag = new LinkedHashMap<>();
        labelsOfFlag.put("0", messages.text(no));
        labelsOfFlag.put("1", messages.text(yes));
        return labelsOfFlag;
    }

    /** A select item's code; "don't know" is the list's own {@code unknown} choice where it has one. */
    private Object selected(Item item, StoredAnswer answer) {
        if (answer == null) {
            return null;
        }
        if (StoredAnswer.UNKNOWN.equals(answer.kind())) {
            boolean listKnowsUnknown = !Codebook.COUNTRY_LIST.equals(item.listName())
                    && codebook.list(item.listName()).byCode(ChoiceList.UNKNOWN).isPresent();
            return listKnowsUnknown ? ChoiceList.UNKNOWN : null;
        }
        return answer.code();
    }

    /** 1 where the respondent named the option, 0 where they answered without naming it, empty where they did not answer. */
    private static Object mentioned(StoredAnswer answer, String code) {
        if (answer == null || !StoredAnswer.CODES.equals(answer.kind()) || answer.code() == null) {
            return null;
        }
        return List.of(answer.code().trim().split("\\s+")).contains(code) ? 1L : 0L;
    }

    private static StoredAnswer known(Respondent respondent, Item item) {
        StoredAnswer answer = respondent.answers().get(item.code());
        return answer == null || StoredAnswer.UNKNOWN.equals(answer.kind()) ? null : answer;
    }

    /** A code as part of a variable name: lower case, anything but letters and digits as {@code _}. */
    static String safe(String code) {
        return code.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    }
}
