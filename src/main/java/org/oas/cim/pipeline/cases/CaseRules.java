package org.oas.cim.pipeline.cases;

import org.oas.cim.pipeline.codebook.Choice;
import org.oas.cim.pipeline.codebook.Codebook;
import org.oas.cim.pipeline.codebook.Instrument;
import org.oas.cim.pipeline.codebook.Item;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which cases speak to which survey indicator and option: cases.md's triangulation table, one method per indicator.
 * The forms of exploitation (P3) and the recruitment methods (P9) compare by choice code: a case names a survey option
 * where its codebook field names the choice of that code ({@code typeOfSexProstitution} is choice {@code prostitution}
 * of C8), so which CTDC column stands for which option is codebook data. Counts come from {@link CaseStore}, grouped in
 * SQL.
 */
final class CaseRules {
    /** The indicators the cases speak to, as cases.md lists them. */
    static final List<String> INDICATORS = List.of("P2", "P3", "P4", "P7", "P8", "P9");
    private static final String FEMALE = "female";
    private static final String MALE = "male";
    private static final Set<String> ROLES = Set.of("origin", "destination");
    private static final Set<String> GROUPS = Set.of("women", "girls", "boys", "children", "men");

    private final CaseStore store;
    private final AgeBands ageBands;
    private final Set<String> formCodes;
    private final Set<String> recruiterCodes;
    private final Set<String> meansCodes;

    CaseRules(Codebook codebook, CaseStore store) {
        Instrument cases = codebook.instrument(CaseAssembler.INSTRUMENT);
        this.store = store;
        this.ageBands = new AgeBands(codebook.list(listOf(cases, "age_band")));
        this.formCodes = codes(codebook, listOf(cases, "forms"));
        this.recruiterCodes = codes(codebook, listOf(cases, "recruiter"));
        this.meansCodes = codes(codebook, listOf(cases, "means"));
    }

    /** What the current cases say of each indicator of {@code country}. */
    Map<String, OptionCases> of(String country) {
        Map<String, OptionCases> indicators = new LinkedHashMap<>();
        indicators.put("P2", roles(country));
        indicators.put("P3", flags(store.exploitedIn(country, "forms"), formCodes));
        indicators.put("P4", groups(store.exploitedIn(country, "age_band", "gender")));
        indicators.put("P7", otherCountries(country, store.exploitedIn(country, "citizenship")));
        indicators.put("P8", otherCountries(country, store.citizensOf(country, "exploitation")));
        indicators.put("P9", recruitment(store.exploitedIn(country, "recruiters", "means")));
        return indicators;
    }

    /** P3: cases exploited in the country whose forms are known; a case names each form it flags. */
    private static OptionCases flags(Map<List<String>, Long> byForms, Set<String> comparable) {
        OptionCases cases = new OptionCases(comparable::contains);
        byForms.forEach((key, count) -> {
            List<String> named = CaseStore.parse(key.get(0));
            if (named != null) {
                cases.countKnown(count);
                named.forEach(code -> cases.countNaming(code, count));
            }
        });
        return cases;
    }

    /** P9: the relation to the recruiter (and abduction) or the means of control (debt bondage), where either is known. */
    private OptionCases recruitment(Map<List<String>, Long> byRecruitersAndMeans) {
        OptionCases cases = new OptionCases(code -> recruiterCodes.contains(code) || meansCodes.contains(code));
        byRecruitersAndMeans.forEach((key, count) -> {
            List<String> recruiters = CaseStore.parse(key.get(0));
            List<String> means = CaseStore.parse(key.get(1));
            if (recruiters == null && means == null) {
                return;
            }
            cases.countKnown(count);
            Set<String> named = new LinkedHashSet<>();
            Optional.ofNullable(recruiters).ifPresent(named::addAll);
            Optional.ofNullable(means).ifPresent(named::addAll);
            named.forEach(code -> cases.countNaming(code, count));
        });
        return cases;
    }

    /**
     * P4: by the age band alone, and the gender past childhood. A case with no band, or with no gender past the
     * children's band, is not known; a known band with a gender other than female or male past it is known and names none.
     */
    private OptionCases groups(Map<List<String>, Long> byBandAndGender) {
        OptionCases cases = new OptionCases(GROUPS::contains);
        byBandAndGender.forEach((key, count) -> {
            Optional<AgeBands.Band> band = ageBands.band(key.get(0));
            String gender = key.get(1);
            if (band.isEmpty() || !band.get().child() && gender == null) {
                return;
            }
            cases.countKnown(count);
            group(band.get(), gender).ifPresent(group -> cases.countNaming(group, count));
        });
        return cases;
    }

    static Optional<String> group(AgeBands.Band band, String gender) {
        if (band.child()) {
            return Optional.of("children");
        }
        if (FEMALE.equals(gender)) {
            return Optional.of(band.adult() ? "women" : "girls");
        }
        if (MALE.equals(gender)) {
            return Optional.of(band.adult() ? "men" : "boys");
        }
        return Optional.empty();
    }

    /** P7 and P8: the cases whose other country is known and not this one; each names that country. */
    private static OptionCases otherCountries(String country, Map<List<String>, Long> byOtherCountry) {
        OptionCases cases = new OptionCases(code -> true);
        byOtherCountry.forEach((key, count) -> {
            String other = key.get(0);
            if (other != null && !other.equals(country)) {
                cases.countKnown(count).countNaming(other, count);
            }
        });
        return cases;
    }

    /**
     * P2: origin counts the country's citizens whose country of exploitation is known, and names those exploited
     * elsewhere; destination counts the cases exploited there whose citizenship is known, and names foreigners.
     */
    private OptionCases roles(String country) {
        OptionCases cases = new OptionCases(ROLES::contains);
        store.citizensOf(country, "exploitation").forEach((key, count) -> {
            if (key.get(0) != null) {
                cases.countKnown("origin", count);
                cases.countNaming("origin", key.get(0).equals(country) ? 0 : count);
            }
        });
        store.exploitedIn(country, "citizenship").forEach((key, count) -> {
            if (key.get(0) != null) {
                cases.countKnown("destination", count);
                cases.countNaming("destination", key.get(0).equals(country) ? 0 : count);
            }
        });
        return cases;
    }

    private static String listOf(Instrument cases, String role) {
        return cases.itemWithRole(role).map(Item::listName)
                .orElseThrow(() -> new IllegalStateException("the " + CaseAssembler.INSTRUMENT + " codebook has no item with the role " + role));
    }

    private static Set<String> codes(Codebook codebook, String list) {
        return codebook.list(list).choices().stream().map(Choice::code).collect(Collectors.toSet());
    }
}
