package org.oas.cim.pipeline.verify;

import java.util.List;
import java.util.Objects;

/** Picks one row of a findings table, failing where there is not exactly one. */
final class Rows {
    private Rows() {
    }

    static IndicatorFinding indicator(Findings findings, String country, String region, String item) {
        return single(findings.indicators().stream().filter(f -> f.country().equals(country)
                && Objects.equals(f.region(), region) && f.indicator().equals(item)).toList());
    }

    static IndicatorFinding indicator(Findings findings, String item) {
        return indicator(findings, "CR", null, item);
    }

    static OptionFinding option(Findings findings, String country, String region, String item, String option) {
        return single(findings.options().stream().filter(f -> f.country().equals(country)
                && Objects.equals(f.region(), region) && f.indicator().equals(item) && f.option().equals(option)).toList());
    }

    static EstimateFinding estimate(Findings findings, String country, String region, String item) {
        return single(findings.estimates().stream().filter(f -> f.country().equals(country)
                && Objects.equals(f.region(), region) && f.indicator().equals(item)).toList());
    }

    static EstimateFinding estimate(Findings findings, String item) {
        return estimate(findings, "CR", null, item);
    }

    private static <T> T single(List<T> rows) {
        if (rows.size() != 1) {
            throw new AssertionError("expected exactly one row, found " + rows);
        }
        return rows.get(0);
    }
}
