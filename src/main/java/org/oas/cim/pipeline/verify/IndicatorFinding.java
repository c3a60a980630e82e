package org.oas.cim.pipeline.verify;

import java.util.List;

/**
 * One row of the {@code indicators} table: a select_one item in one country (or one of its regions).
 *
 * @param country   alpha-2 code
 * @param region    region id, or null for the whole country
 * @param indicator item code
 * @param ordinal   whether values are medians of an ordinal list (no share, no tie) rather than modes
 * @param overall   the consensus over both stages
 * @param nUnknown  "don't know" answers over both stages: counted, never votes
 * @param stage1    the questionnaires' consensus
 * @param stage2    the interviews' consensus
 * @param status    how the stages compare
 * @param answerIds the answers behind the row (every known or "don't know" answer, both stages), ascending
 */
public record IndicatorFinding(String country, String region, String indicator, boolean ordinal, Consensus overall,
                               int nUnknown, Consensus stage1, Consensus stage2, Status status, List<Long> answerIds) {
    public IndicatorFinding {
        answerIds = List.copyOf(answerIds);
    }

    /** The same row without the answers behind it, once those are saved. */
    IndicatorFinding withoutEvidence() {
        return new IndicatorFinding(country, region, indicator, ordinal, overall, nUnknown, stage1, stage2, status, List.of());
    }
}
