package org.oas.cim.pipeline.cases;

import org.oas.cim.pipeline.verify.Status;

/**
 * One row of the {@code triangulation} table: one option of one indicator of one country, what the surveys say of it
 * and what the case records say.
 *
 * @param surveyStatus   the option's status in the {@code options} table; null where no survey names it
 * @param stage1Mentions questionnaires naming it; null where no survey names it
 * @param stage2Mentions interviews naming it; null where no survey names it
 * @param casesN         cases that count, where the field is known; null where the format cannot speak to the option
 * @param casesWith      cases naming the option; null likewise
 */
public record TriangulationRow(String country, String indicator, String option, Status surveyStatus, Integer stage1Mentions,
                               Integer stage2Mentions, Long casesN, Long casesWith, TriangulationVerdict verdict) {
    /** Cases naming the option over the cases that count; null where none count. */
    public Double casesShare() {
        return casesN == null || casesN == 0 ? null : (double) casesWith / casesN;
    }
}
