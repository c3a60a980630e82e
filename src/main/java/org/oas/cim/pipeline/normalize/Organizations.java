package org.oas.cim.pipeline.normalize;

import org.oas.cim.pipeline.codebook.Codebook;
import org.oas.cim.pipeline.codebook.Country;
import org.oas.cim.pipeline.codebook.JobsFolder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The organizations registry ({@code jobs/reference/organizations.csv}: country, organization, acronym),
 * seeded from the NGOs the study's report names. A name or acronym matches without case, accents or
 * punctuation, and without the country's own name ({@code Casa Alianza} is {@code Casa Alianza Nicaragua}
 * in NI, {@code ECPAT Guatemala} is {@code ECPAT/Guatemala} in GT); then by a close fuzzy match of the name.
 * Anything else is a new organization, accepted.
 */
public final class Organizations {
    public static final String FILE = "reference/organizations.csv";
    /** {@code Centro Feminista de Información y Acción (CEFEMINA)}: a name with its acronym after it. */
    private static final Pattern WITH_ACRONYM = Pattern.compile("(.+?)\\s*\\(([^()]+)\\)\\s*");

    private record Entry(String country, String name, String acronym) {
    }

    private final List<Entry> entries;
    private final Map<String, List<String>> countryNames = new LinkedHashMap<>();

    private Organizations(List<String[]> rows, Codebook codebook) {
        List<Entry> list = new ArrayList<>();
        for (String[] row : rows) {
            list.add(new Entry(row[0].trim(), TextKey.clean(row[1]), row.length > 2 ? TextKey.clean(row[2]) : ""));
        }
        this.entries = List.copyOf(list);
        for (Country country : codebook.countries()) {
            List<String> names = country.names().values().stream().map(TextKey::of).distinct().sorted().toList();
            countryNames.merge(country.studyCode(), names, (a, b) -> {
                List<String> all = new ArrayList<>(a);
                b.stream().filter(n -> !all.contains(n)).forEach(all::add);
                return all;
            });
        }
    }

    /** Reads {@code reference/organizations.csv} under the jobs folder. */
    public static Organizations load(Path jobsDir, Codebook codebook) {
        return load(JobsFolder.at(jobsDir), codebook);
    }

    /** Reads {@code reference/organizations.csv} of a jobs folder. */
    public static Organizations load(JobsFolder jobs, Codebook codebook) {
        List<String[]> rows = new ArrayList<>();
        for (JobsFolder.CsvRow row : jobs.readCsv(FILE)) {
            String name = row.getOrDefault("organization", "");
            if (!name.isBlank()) {
                rows.add(new String[] {row.getOrDefault("country", ""), name, row.getOrDefault("acronym", "")});
            }
        }
        return new Organizations(rows, codebook);
    }

    /**
     * The organization {@code text} names in {@code country} (the study's alpha-2 code; null for any country).
     *
     * @throws IllegalArgumentException for blank text: a blank cell names no organization
     */
    public OrganizationMatch match(String country, String text) {
        String cleaned = TextKey.clean(text);
        if (cleaned.isEmpty()) {
            throw new IllegalArgumentException("a blank cell names no organization");
        }
        List<Entry> candidates = entries.stream().filter(e -> country == null || e.country().equals(country)).toList();
        List<String> spellings = new ArrayList<>(List.of(cleaned));
        Matcher withAcronym = WITH_ACRONYM.matcher(cleaned);
        if (withAcronym.matches()) {
            spellings.add(withAcronym.group(1));
            spellings.add(withAcronym.group(2));
        }
        for (String spelling : spellings) {
            Optional<Entry> exact = exact(candidates, spelling);
            if (exact.isPresent()) {
                return new OrganizationMatch(exact.get().name(), false, false);
            }
        }
        Map<String, Entry> byName = new LinkedHashMap<>();
        candidates.forEach(e -> byName.putIfAbsent(withoutCountry(e.country(), TextKey.of(e.name())), e));
        for (String spelling : spellings) {
            Optional<Entry> fuzzy = Fuzzy.best(withoutCountry(country, TextKey.of(spelling)), byName);
            if (fuzzy.isPresent()) {
                return new OrganizationMatch(fuzzy.get().name(), false, true);
            }
        }
        return new OrganizationMatch(cleaned, true, false);
    }

    private Optional<Entry> exact(List<Entry> candidates, String spelling) {
        String key = TextKey.of(spelling);
        for (Entry e : candidates) {
            String bare = withoutCountry(e.country(), key);
            if (key.equals(TextKey.of(e.name())) || !e.acronym().isEmpty() && key.equals(TextKey.of(e.acronym()))
                    || bare.equals(withoutCountry(e.country(), TextKey.of(e.name())))) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The key without the country's names as words ({@code casa alianza nicaragua} in NI is {@code casa alianza}). */
    private String withoutCountry(String country, String key) {
        String result = " " + key + " ";
        for (String name : countryNames.getOrDefault(country == null ? "" : country, List.of())) {
            result = result.replace(" " + name + " ", " ");
        }
        String bare = result.trim();
        return bare.isEmpty() ? key : bare;
    }
}
