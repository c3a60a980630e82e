package org.oas.cim.pipeline.codebook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Both instruments, their choice lists and the country reference list, as loaded from {@code jobs/}.
 * Nothing about an item, a choice or a country is spelled in Java: it all comes from here.
 */
public final class Codebook {
    /** The list name that select items use for countries; its choices come from the country list. */
    public static final String COUNTRY_LIST = "country";

    private final Map<String, Instrument> instruments;
    private final Map<String, ChoiceList> lists;
    private final List<Country> countries;
    private final List<String> languages;

    public Codebook(List<Instrument> instruments, List<ChoiceList> lists, List<Country> countries, List<String> languages) {
        this.instruments = instruments.stream().collect(Collectors.toMap(Instrument::id, i -> i, (a, b) -> a, LinkedHashMap::new));
        this.lists = lists.stream().collect(Collectors.toMap(ChoiceList::name, l -> l, (a, b) -> a, LinkedHashMap::new));
        this.countries = List.copyOf(countries);
        this.languages = List.copyOf(languages);
    }

    public List<Instrument> instruments() {
        return List.copyOf(instruments.values());
    }

    public Instrument instrument(String id) {
        Instrument instrument = instruments.get(id);
        if (instrument == null) {
            throw new IllegalArgumentException("no instrument " + id + " in the codebook");
        }
        return instrument;
    }

    public Optional<Instrument> instrumentOfStage(int stage) {
        return instruments.values().stream().filter(i -> i.stage() == stage).findFirst();
    }

    /** The choice list of a select item; countries are not a list here (see {@link #countries()}). */
    public ChoiceList list(String name) {
        ChoiceList list = lists.get(name);
        if (list == null) {
            throw new IllegalArgumentException("no choice list " + name + " in the codebook");
        }
        return list;
    }

    public Map<String, ChoiceList> lists() {
        return Map.copyOf(lists);
    }

    public List<Country> countries() {
        return countries;
    }

    public Optional<Country> country(String alpha2) {
        return countries.stream().filter(c -> c.alpha2().equals(alpha2)).findFirst();
    }

    /** Label languages of the codebook, in column order ({@code en}, {@code es}, {@code pt}). */
    public List<String> languages() {
        return languages;
    }

    /**
     * Indicators: the items that both the stage-1 and the stage-2 instrument ask, in stage-1 codebook order.
     * They are what cross-verification compares.
     */
    public List<Item> indicators() {
        Instrument first = instrumentOfStage(1).orElseThrow();
        Set<String> second = instrumentOfStage(2).orElseThrow().items().stream().map(Item::code).collect(Collectors.toSet());
        return first.items().stream()
                .filter(i -> second.contains(i.code()) && !i.section().equals("respondent"))
                .toList();
    }

    /** Whether a choice list is ordinal (its order matters); the country list is not. */
    public boolean isOrdinal(Item item) {
        return item.type().hasChoices() && !COUNTRY_LIST.equals(item.listName()) && list(item.listName()).ordinal();
    }
}
