package org.oas.cim.pipeline.normalize;

import org.oas.cim.pipeline.codebook.Codebook;
import org.oas.cim.pipeline.codebook.Country;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Resolves the ways researchers write a country (ISO codes, names in the codebook's languages, short forms)
 * to the country the study counts, from the codebook's country list: nothing about a country is spelled here.
 */
public final class Countries {
    private static final Pattern FILE_NAME_SEPARATORS = Pattern.compile("[_\\-.\\s]+");
    private static final Pattern EXTENSION = Pattern.compile("\\.[A-Za-z0-9]{1,5}$");
    private static final int CODE_LENGTH = 2;
    /** In a file name a lower-case word shorter than this ({@code de}, {@code es}) is no country. */
    private static final int MIN_FILE_NAME_WORD = 4;
    private static final int MAX_NAME_WORDS = 8;

    private enum Kind { ALPHA2, ALPHA3, NAME, ALIAS }

    private record Entry(Kind kind, Country country, boolean ambiguous) {
    }

    private final Map<String, Entry> byKey = new LinkedHashMap<>();
    private final Map<String, Country> fuzzyCandidates = new LinkedHashMap<>();

    public Countries(Codebook codebook) {
        for (Country country : codebook.countries()) {
            Country counted = codebook.country(country.studyCode()).orElse(country);
            add(country.alpha2(), Kind.ALPHA2, counted);
            add(country.alpha3(), Kind.ALPHA3, counted);
            country.names().values().stream().sorted().forEach(name -> add(name, Kind.NAME, counted));
            country.aliases().forEach(alias -> add(alias, Kind.ALIAS, counted));
        }
        byKey.forEach((key, entry) -> {
            if (entry.kind().compareTo(Kind.NAME) >= 0 && !entry.ambiguous()) {
                fuzzyCandidates.put(key, entry.country());
            }
        });
    }

    /** The country a cell names, by code, name or alias, else by a close fuzzy match of a name. */
    public Optional<Country> resolve(String text) {
        return match(text).map(CountryMatch::country);
    }

    /** Like {@link #resolve}, saying whether the match was fuzzy (a warning for the researcher). */
    public Optional<CountryMatch> match(String text) {
        Optional<Country> exact = exact(text);
        if (exact.isPresent()) {
            return Optional.of(new CountryMatch(exact.get(), false));
        }
        return fuzzy(text).map(country -> new CountryMatch(country, true));
    }

    /** The country a code, name or alias names, without fuzzy matching. */
    Optional<Country> exact(String text) {
        Entry entry = byKey.get(TextKey.of(text));
        return entry == null || entry.ambiguous() ? Optional.empty() : Optional.of(entry.country());
    }

    /** The country whose name or alias (of {@link Fuzzy#MIN_LETTERS} letters or more) is closest. */
    Optional<Country> fuzzy(String text) {
        return Fuzzy.best(text, fuzzyCandidates);
    }

    /**
     * The country a file name names ({@code CR_ngo_2002.xlsx}, {@code costa-rica-entrevistas.csv}): a run of
     * words that is a country's name or alias, or a two-letter code written in upper case (so that
     * {@code de} or {@code es} never count). Where several match, the longest name wins, then the leftmost.
     */
    public Optional<Country> fromFileName(String fileName) {
        String base = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        String[] tokens = FILE_NAME_SEPARATORS.split(EXTENSION.matcher(base).replaceFirst(""));
        Country best = null;
        int bestLength = 0;
        for (int from = 0; from < tokens.length; from++) {
            for (int to = from + 1; to <= Math.min(tokens.length, from + MAX_NAME_WORDS); to++) {
                List<String> words = List.of(tokens).subList(from, to);
                Optional<Entry> entry = fileNameEntry(words);
                int length = TextKey.of(String.join(" ", words)).length();
                if (entry.isPresent() && length > bestLength) {
                    best = entry.get().country();
                    bestLength = length;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private Optional<Entry> fileNameEntry(List<String> words) {
        String written = String.join(" ", words);
        Entry entry = byKey.get(TextKey.of(written));
        if (entry == null || entry.ambiguous()) {
            return Optional.empty();
        }
        boolean upperCase = written.equals(written.toUpperCase(Locale.ROOT));
        boolean accepted = switch (entry.kind()) {
            case ALPHA2 -> words.size() == 1 && written.length() == CODE_LENGTH && upperCase;
            case ALPHA3 -> false;
            case NAME, ALIAS -> upperCase || TextKey.of(written).replace(" ", "").length() >= MIN_FILE_NAME_WORD;
        };
        return accepted ? Optional.of(entry) : Optional.empty();
    }

    /** A key keeps its strongest kind (a code before a name before an alias); equal kinds for two countries are ambiguous. */
    private void add(String text, Kind kind, Country country) {
        String key = TextKey.of(text);
        if (key.isEmpty()) {
            return;
        }
        Entry current = byKey.get(key);
        if (current == null || kind.compareTo(current.kind()) < 0) {
            byKey.put(key, new Entry(kind, country, false));
        } else if (kind == current.kind() && !current.country().equals(country)) {
            byKey.put(key, new Entry(kind, current.country(), true));
        }
    }

    /** Keys that name two countries equally (kept out of every match), for the codebook's maintainers. */
    List<String> ambiguousKeys() {
        List<String> keys = new ArrayList<>();
        byKey.forEach((key, entry) -> {
            if (entry.ambiguous()) {
                keys.add(key);
            }
        });
        return keys;
    }
}
