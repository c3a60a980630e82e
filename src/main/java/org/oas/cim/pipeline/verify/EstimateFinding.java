package org.oas.cim.pipeline.verify;

import java.util.List;

/**
 * One row of the {@code estimates} table: an estimate item (P6, L3, L4) in one country (or region). Point
 * values are interval midpoints, or the low bound of an open interval. Every number is null where n = 0.
 *
 * @param country     alpha-2 code
 * @param region      region id, or null for the whole country
 * @param indicator   item code
 * @param n           known answers over both stages
 * @param median      median of the point values
 * @param q1          first quartile of the point values
 * @param q3          third quartile of the point values
 * @param minLow      the smallest low bound
 * @param maxHigh     the largest high bound; null where {@code openEnded} (or n = 0)
 * @param openEnded   at least one answer has no upper bound ({@code más de 500})
 * @param approximate answers given as approximate
 * @param outliers    point values further from the median than k scaled MADs (none where MAD = 0)
 * @param stage1      the questionnaires' n and median
 * @param stage2      the interviews' n and median
 * @param ratio       stage-1 median / stage-2 median; null where the stage-2 median is 0 or missing
 * @param status      how the stage medians compare
 * @param answerIds   the answers behind the row (every known or "don't know" answer), ascending
 */
public record EstimateFinding(String country, String region, String indicator, int n, Double median, Double q1,
                              Double q3, Long minLow, Long maxHigh, boolean openEnded, int approximate, int outliers,
                              StageEstimate stage1, StageEstimate stage2, Double ratio, Status status,
                              List<Long> answerIds) {
    public EstimateFinding {
        answerIds = List.copyOf(answerIds);
    }

    /** The same row without the answers behind it, once those are saved. */
    EstimateFinding withoutEvidence() {
        return new EstimateFinding(country, region, indicator, n, median, q1, q3, minLow, maxHigh, openEnded, approximate, outliers,
                stage1, stage2, ratio, status, List.of());
    }
}
