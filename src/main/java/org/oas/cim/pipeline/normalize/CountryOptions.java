package org.oas.cim.pipeline.normalize;

import org.oas.cim.pipeline.codebook.Codebook;
import org.oas.cim.pipeline.codebook.Country;
import org.oas.cim.pipeline.codebook.Item;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The country list as options of a select item: codes are the study's country codes, in codebook order. */
final class CountryOptions implements Options {
    private final Countries countries;
    private final Map<String, Integer> ranks = new HashMap<>();

    CountryOptions(Codebook codebook, Countries countries) {
        this.countries = countries;
        for (Country country : codebook.countries()) {
            ranks.putIfAbsent(country.alpha2(), ranks.size());
        }
    }

    @Override
    public Optional<String> exact(String text) {
        return countries.exact(text).map(Country::studyCode);
    }

    @Override
    public Optional<String> fuzzy(String text) {
        return countries.fuzzy(text).map(Country::studyCode);
    }

    @Override
    public Optional<String> otherCode() {
        return Optional.empty();
    }

    @Override
    public int rank(String code) {
        return ranks.getOrDefault(code, Integer.MAX_VALUE);
    }

    @Override
    public Problem unknown(Item item, String part) {
        return Problems.unknownCountry(item, part);
    }
}
