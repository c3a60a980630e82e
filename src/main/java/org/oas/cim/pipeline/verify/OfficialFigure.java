package org.oas.cim.pipeline.verify;

import java.util.List;

/**
 * One row of the {@code official_figures} table: what the agencies of one type report for one official item.
 * Never summed or averaged across agency types: agencies count the same people.
 *
 * @param country    alpha-2 code
 * @param item       official item code (O1-O3)
 * @param agencyType the interviewees' agency type code, or null where none was given
 * @param agencies   agencies of that type reporting an exact figure
 * @param median     median of their figures
 * @param min        the smallest figure
 * @param max        the largest figure
 * @param year       the year the figures refer to (O5 of those agencies); the latest where they name several,
 *                   null where none names one
 * @param mixedYears those agencies name more than one year, so {@code year} is only the latest of them
 * @param answerIds  the figures' and the years' answers, ascending
 */
public record OfficialFigure(String country, String item, String agencyType, int agencies, double median, long min,
                             long max, Integer year, boolean mixedYears, List<Long> answerIds) {
    public OfficialFigure {
        answerIds = List.copyOf(answerIds);
    }

    /** The same row without the answers behind it, once those are saved. */
    OfficialFigure withoutEvidence() {
        return new OfficialFigure(country, item, agencyType, agencies, median, min, max, year, mixedYears, List.of());
    }
}
