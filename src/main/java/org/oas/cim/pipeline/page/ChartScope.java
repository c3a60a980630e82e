package org.oas.cim.pipeline.page;

import org.oas.cim.pipeline.study.Phase;
import org.oas.cim.pipeline.study.Region;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a row of a chart stands for: a whole country, or one of the regions a phase reports separately.
 *
 * @param country alpha-2 code
 * @param region  region id, null for the whole country
 * @param label   the country's name in the output language, with the region's name after a dash
 */
record ChartScope(String country, String region, String label) {
    static ChartScope of(Row row, Phase phase) {
        String name = Objects.requireNonNullElse(row.text("country_name"), row.country());
        String region = row.region();
        if (region == null) {
            return new ChartScope(row.country(), null, name);
        }
        String regionName = phase.regions().stream().filter(r -> r.id().equals(region)).map(Region::name)
                .findFirst().orElse(region);
        return new ChartScope(row.country(), region, name + " \u2014 " + regionName);
    }

    /** The scopes of the rows, in the rows' order (country code, the whole country before its regions). */
    static List<ChartScope> of(List<Row> rows, Phase phase) {
        List<ChartScope> scopes = new ArrayList<>();
        for (Row row : rows) {
            ChartScope scope = of(row, phase);
            if (!scopes.contains(scope)) {
                scopes.add(scope);
            }
        }
        return scopes;
    }

    boolean holds(Row row) {
        return country.equals(row.country()) && Objects.equals(region, row.region());
    }

    /** The {@code data-country} and {@code data-region} attributes of a mark (no region attribute for a country). */
    Object[] attributes() {
        return new Object[] {"data-country", country, "data-region", region};
    }
}
