package org.oas.cim.pipeline.publish;

import org.oas.cim.pipeline.codebook.Choice;
import org.oas.cim.pipeline.codebook.Codebook;
import org.oas.cim.pipeline.codebook.Country;
import org.oas.cim.pipeline.codebook.Instrument;
import org.oas.cim.pipeline.codebook.Item;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a table says to people, in one output language: item, choice and country labels from the codebook,
 * and titles, column explanations and status names from {@link Messages}.
 */
public final class Labels {
    private static final String SOURCE_TYPE_ROLE = "source_type";

    private final Codebook codebook;
    private final Messages messages;
    private final Map<String, Item> items;

    public Labels(Codebook codebook, Messages messages) {
        this.codebook = codebook;
        this.messages = messages;
        Map<String, Item> byCode = new LinkedHashMap<>();
        for (int stage = 1; stage <= 2; stage++) {
            codebook.instrumentOfStage(stage).map(Instrument::items).orElse(List.of())
                    .forEach(item -> byCode.putIfAbsent(item.code(), item));
        }
        this.items = byCode;
    }

    public static Labels of(Codebook codebook, String language) {
        return new Labels(codebook, Messages.of(language));
    }

    public String language() {
        return messages.language();
    }

    public Messages messages() {
        return messages;
    }

    /** Every item of both instruments in codebook order: the questionnaire's, then those only the interview asks. */
    public List<Item> items() {
        return List.copyOf(items.values());
    }

    public Item item(String code) {
        Item item = items.get(code);
        if (item == null) {
            throw new IllegalArgumentException("no item " + code + " in the codebook");
        }
        return item;
    }

    /** A choice's label; a country list's choices are countries. A code the list does not know is its own label. */
    public String choiceLabel(Item item, String code) {
        if (code == null) {
            return null;
        }
        if (Codebook.COUNTRY_LIST.equals(item.listName())) {
            return countryName(code);
        }
        return codebook.list(item.listName()).byCode(code).map(c -> c.label(language())).orElse(code);
    }

    /**
     * The codes of an item's choice list in list order (alpha-2 codes in the country list's order for a
     * country list): the order options are published in.
     */
    public List<String> choiceOrder(Item item) {
        if (Codebook.COUNTRY_LIST.equals(item.listName())) {
            return codebook.countries().stream().map(Country::alpha2).toList();
        }
        return codebook.list(item.listName()).choices().stream().map(Choice::code).toList();
    }

    public String countryName(String alpha2) {
        return codebook.country(alpha2).map(c -> c.name(language())).orElse(alpha2);
    }

    /** The label of a respondent type (stage 1) or agency type (stage 2); "not stated" for null. */
    public String sourceTypeLabel(int stage, String code) {
        if (code == null) {
            return messages.text("source_type.none");
        }
        return sourceTypeItem(stage).map(item -> choiceLabel(item, code)).orElse(code);
    }

    /** The stage instrument's source-type question (the item with the role {@code source_type}). */
    private Optional<Item> sourceTypeItem(int stage) {
        return codebook.instrumentOfStage(stage).flatMap(instrument -> instrument.itemWithRole(SOURCE_TYPE_ROLE));
    }

    public String tableTitle(String table) {
        return messages.text("table." + table + ".title");
    }

    public String tableDescription(String table) {
        return messages.text("table." + table + ".description");
    }

    /** A column's explanation: the table's own ({@code column.<table>.<column>}) where it has one, else the shared one. */
    public String columnDescription(String table, String column) {
        String own = "column." + table + "." + column;
        return messages.has(own) ? messages.text(own) : messages.text("column." + column);
    }
}
