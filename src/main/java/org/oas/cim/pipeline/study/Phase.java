package org.oas.cim.pipeline.study;

import java.util.List;

/**
 * One research project of the study, with its own countries.
 *
 * @param id        {@code phase-1}, {@code phase-2}, {@code caribbean}
 * @param name      the project's title
 * @param years     the years it covers, as written ({@code 2001-2002}, {@code 2004-})
 * @param countries alpha-2 codes
 * @param regions   regions reported separately, empty where the phase has none
 * @param schedule  Spring cron expression on which the scheduler runs the phase, or null
 * @param aliases    other ways files name the phase ({@code Fase II}, {@code Caribe})
 * @param estimation how its population estimates are made (the stepwise rule's threshold, years pooled or not)
 */
public record Phase(String id, String name, String years, List<String> countries, List<Region> regions, String schedule,
                    List<String> aliases, EstimationSettings estimation) {
    public Phase {
        countries = List.copyOf(countries);
        regions = List.copyOf(regions);
        aliases = List.copyOf(aliases);
    }

    /** A phase whose estimates are made as estimation.md's defaults say. */
    public Phase(String id, String name, String years, List<String> countries, List<Region> regions, String schedule,
                 List<String> aliases) {
        this(id, name, years, countries, regions, schedule, aliases, EstimationSettings.DEFAULTS);
    }

    public boolean includes(String country) {
        return countries.contains(country);
    }

    public List<Region> regionsOf(String country) {
        return regions.stream().filter(r -> r.country().equals(country)).toList();
    }
}
