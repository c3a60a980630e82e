package org.oas.cim.pipeline.template;

import org.oas.cim.pipeline.codebook.ChoiceList;
import org.oas.cim.pipeline.codebook.Codebook;
import org.oas.cim.pipeline.codebook.Country;
import org.oas.cim.pipeline.codebook.Instrument;
import org.oas.cim.pipeline.codebook.Item;
import org.oas.cim.pipeline.codebook.ItemType;
import org.oas.cim.pipeline.report.ReportLabels;
import org.oas.cim.pipeline.study.Study;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Every word of a template in its language: sheet names, title, the country cell, the steps of the instructions
 * and the table of questions. Wording comes from the {@code messages/report} bundles ({@code template.*}); items,
 * choices and countries from the codebook.
 */
final class TemplateTexts {
    private final Codebook codebook;
    private final Study study;
    private final Instrument instrument;
    private final Locale language;
    private final Country country;
    private final ReportLabels labels;

    /** @param country the file's one country, or null */
    TemplateTexts(Codebook codebook, Study study, Instrument instrument, Locale language, Country country, ReportLabels labels) {
        this.codebook = codebook;
        this.study = study;
        this.instrument = instrument;
        this.language = language;
        this.country = country;
        this.labels = labels;
    }

    String get(String key, Object... args) {
        return labels.get(key, language, args);
    }

    /** {@code instructions}, {@code data} or {@code lists}. */
    String sheetName(String which) {
        return get("template.sheet." + which);
    }

    String title() {
        return labels.find("template.title." + instrument.id(), language).orElse(instrument.id());
    }

    /** {@code País: Costa Rica}, as layout reads a country above the header; null without a country. */
    String countryCell() {
        return country == null ? null : instrument.countryItem().label(lang()) + ": " + country.name(lang());
    }

    /** The numbered steps of the instructions; a step about a kind of question the instrument lacks is left out. */
    List<String> steps() {
        List<String> steps = new ArrayList<>();
        String data = sheetName("data");
        steps.add(get("template.step.sheet", data));
        steps.add(get("template.step.lists"));
        codes(i -> i.type() == ItemType.SELECT_MULTIPLE).ifPresent(codes -> steps.add(get("template.step.multiple", codes, example())));
        codes(i -> i.type() == ItemType.ESTIMATE).ifPresent(codes -> steps.add(get("template.step.estimates", codes)));
        codes(i -> i.type() == ItemType.INTEGER).ifPresent(codes -> steps.add(get("template.step.integers", codes)));
        codes(i -> i.type() == ItemType.DATE).ifPresent(codes -> steps.add(get("template.step.dates", codes)));
        steps.add(unknownLabel().map(label -> get("template.step.blank.unknown", label)).orElse(get("template.step.blank")));
        Item countryItem = instrument.countryItem();
        steps.add(country == null
                ? get("template.step.country.column", countryItem.code())
                : get("template.step.country.given", country.name(lang()), data, countryItem.code()));
        codes(Item::pii).ifPresent(codes -> steps.add(get("template.step.personal", codes)));
        List<String> rules = RuleFormulas.summary(instrument, language);
        if (!rules.isEmpty()) {
            steps.add(get("template.step.rules", String.join(" ", rules.stream().map(r -> r.endsWith(".") ? r : r + ".").toList())));
        }
        steps.add(get("template.step.validate"));
        return steps;
    }

    /** The table of questions: its headings, then code, question, how to answer, options and personal data per item. */
    List<List<String>> table() {
        List<List<String>> table = new ArrayList<>();
        table.add(List.of("code", "question", "answer", "options", "personal").stream().map(k -> get("template.table." + k)).toList());
        for (Item item : instrument.items()) {
            table.add(List.of(item.code(), item.label(lang()), get("template.type." + item.type().name().toLowerCase(Locale.ROOT)),
                    options(item), item.pii() ? get("template.personal") : ""));
        }
        return table;
    }

    private String options(Item item) {
        if (!item.type().hasChoices()) {
            return "";
        }
        if (Codebook.COUNTRY_LIST.equals(item.listName())) {
            List<String> names = ChoiceListsSheet.labels(codebook, study, item.listName(), language);
            return get("template.options.country", country == null ? names.get(0) : country.name(lang()));
        }
        return String.join("; ", ChoiceListsSheet.labels(codebook, study, item.listName(), language));
    }

    /** Two options of the first multi-select list, as a researcher would write them in one cell. */
    private String example() {
        return instrument.items().stream()
                .filter(i -> i.type() == ItemType.SELECT_MULTIPLE && !Codebook.COUNTRY_LIST.equals(i.listName()))
                .findFirst()
                .map(i -> codebook.list(i.listName()).choices().stream().limit(2).map(c -> c.label(lang())).collect(Collectors.joining("; ")))
                .orElse("");
    }

    /** The label of the don't-know option of the instrument's lists, where they have one. */
    private Optional<String> unknownLabel() {
        return instrument.items().stream()
                .filter(i -> i.type().hasChoices() && !Codebook.COUNTRY_LIST.equals(i.listName()))
                .map(i -> codebook.list(i.listName()).byCode(ChoiceList.UNKNOWN))
                .flatMap(Optional::stream).findFirst().map(c -> c.label(lang()));
    }

    private Optional<String> codes(Predicate<Item> which) {
        String codes = instrument.items().stream().filter(which).map(Item::code).collect(Collectors.joining(", "));
        return codes.isEmpty() ? Optional.empty() : Optional.of(codes);
    }

    private String lang() {
        return language.getLanguage();
    }
}
