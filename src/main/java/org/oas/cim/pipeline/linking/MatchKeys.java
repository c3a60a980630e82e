package org.oas.cim.pipeline.linking;

import org.oas.cim.pipeline.normalize.TextKey;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The match keys of estimation.md ("Linking people across lists"): a person is the same on two lists when the keyed
 * hash of their normalized name, birth date and sex is equal, or that of a shared case number. Names are compared
 * without case, accents, punctuation or word order, so {@code "Pérez García, María José"} is
 * {@code "MARIA JOSE PEREZ GARCIA"}. Near matches (one character of the name, or day and month swapped) are found by
 * comparing keys too: every name one edit away from another shares one of its keys with a character left out.
 */
public final class MatchKeys {
    /** A keyed hash of its parts; the pipeline's pseudonymizer, so the key never leaves the operator. */
    @FunctionalInterface
    public interface Keyer {
        String key(String... parts);
    }

    /** Names shorter than this are too common to link on, and their one-character variants even more so. */
    private static final int MIN_NAME_LETTERS = 4;

    private final Keyer keyer;

    public MatchKeys(Keyer keyer) {
        this.keyer = keyer;
    }

    /**
     * @param country    the row's country code
     * @param year       the year of identification, or null
     * @param list       the list's name as written
     * @param name       the person's name as written, or null
     * @param birthDate  the birth date, or null
     * @param age        the age at identification, or null (used only without a birth date, with the year)
     * @param sex        the sex code, or null
     * @param caseNumber the shared case or referral number as written, or null
     */
    public VictimLink link(String country, Long year, String list, String name, LocalDate birthDate, Long age, String sex,
                           String caseNumber) {
        String yearText = year == null ? "" : year.toString();
        String nameKey = nameKey(name);
        String sexCode = sex == null ? "" : sex;
        String born = birthDate != null ? birthDate.toString()
                : age != null && year != null ? "year " + (year - age) : null;
        boolean named = nameKey.replace(" ", "").length() >= MIN_NAME_LETTERS && born != null;
        String personKey = named ? keyer.key("person", country, yearText, nameKey, born, sexCode) : null;
        String swapKey = named && birthDate != null
                ? keyer.key("date-swap", country, yearText, nameKey, dayMonthUnordered(birthDate), sexCode) : null;
        List<String> near = named ? nearKeys(country, yearText, nameKey, born, sexCode) : List.of();
        String caseKey = caseNumber == null || TextKey.of(caseNumber).isEmpty() ? null
                : keyer.key("case", country, yearText, TextKey.of(caseNumber).replace(" ", ""));
        return new VictimLink(TextKey.clean(list), yearText, personKey, caseKey, swapKey, near);
    }

    /** Lower case, no accents or punctuation, words in alphabetical order. */
    static String nameKey(String name) {
        String key = TextKey.of(name);
        if (key.isEmpty()) {
            return "";
        }
        String[] words = key.split(" ");
        Arrays.sort(words);
        return String.join(" ", words);
    }

    private List<String> nearKeys(String country, String year, String nameKey, String born, String sex) {
        Set<String> variants = new LinkedHashSet<>();
        variants.add(nameKey);
        for (int i = 0; i < nameKey.length(); i++) {
            variants.add(nameKey.substring(0, i) + nameKey.substring(i + 1));
        }
        return variants.stream().map(variant -> keyer.key("near", country, year, variant, born, sex)).toList();
    }

    /** The date with its day and month in ascending order: 03/04 and 04/03 of one year are the same here. */
    private static String dayMonthUnordered(LocalDate date) {
        int day = date.getDayOfMonth();
        int month = date.getMonthValue();
        return date.getYear() + "-" + Math.min(day, month) + "-" + Math.max(day, month);
    }
}
