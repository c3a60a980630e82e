package org.oas.cim.pipeline.verify;

import java.util.List;

/**
 * One row of the {@code options} table: one option of a select_multiple item that at least one respondent
 * of the country (or region) named.
 *
 * @param country   alpha-2 code
 * @param region    region id, or null for the whole country
 * @param indicator item code
 * @param option    the option's choice code (an alpha-2 code for country lists)
 * @param stage1    mentions and n among the questionnaires
 * @param stage2    mentions and n among the interviews
 * @param status    CORROBORATED, UNCONFIRMED, STAGE1_ONLY or STAGE2_ONLY
 * @param answerIds the answers behind the row (every known or "don't know" answer to the item), ascending
 */
public record OptionFinding(String country, String region, String indicator, String option, Mentions stage1,
                            Mentions stage2, Status status, List<Long> answerIds) {
    public OptionFinding {
        answerIds = List.copyOf(answerIds);
    }

    /** The same row without the answers behind it, once those are saved. */
    OptionFinding withoutEvidence() {
        return new OptionFinding(country, region, indicator, option, stage1, stage2, status, List.of());
    }
}
