package org.oas.cim.pipeline.cases;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How case records are triangulated and published ({@code pipeline.cases.*}), apart from the surveys' settings.
 *
 * @param k              fewest cases behind a published case count, and behind a verdict on the cases: CTDC's own 11
 * @param casesOnlyShare share of the cases that must name an option no survey names for a {@code CASES_ONLY} row
 */
@ConfigurationProperties("pipeline.cases")
public record CaseSettings(@DefaultValue("11") int k, @DefaultValue("0.05") double casesOnlyShare) {
    public CaseSettings {
        if (k < 1) {
            throw new IllegalArgumentException("pipeline.cases.k must be at least 1, was " + k);
        }
        if (casesOnlyShare <= 0 || casesOnlyShare > 1) {
            throw new IllegalArgumentException("pipeline.cases.cases-only-share must be above 0 and at most 1, was " + casesOnlyShare);
        }
    }
}
