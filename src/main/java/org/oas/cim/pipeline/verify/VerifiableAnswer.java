package org.oas.cim.pipeline.verify;

import org.oas.cim.pipeline.normalize.Value;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One current answer of one respondent to one item, with what verification needs to know of the respondent.
 * Superseded answers are left out by the caller; duplicate respondents are not (see {@link DuplicateRespondents}).
 *
 * @param country      alpha-2 code of the respondent's country
 * @param region       id of the phase region the respondent's answer covers, or null
 * @param stage        1 (questionnaire) or 2 (interview)
 * @param respondent   the respondent's keyed pseudonym
 * @param sourceType   the respondent's {@code respondent_type} (stage 1) or {@code agency_type} (stage 2) code, or null
 * @param organization the normalized organization or institution (R3, I4), or null where none was given
 * @param itemCode     the item answered ({@code P1})
 * @param value        the normalized value ({@link Value.Missing} where the cell was blank)
 * @param fileOrder    the order in which the answer's file arrived (its id): files are ingested side by side, so
 *                     answer ids only tell the order of answers within one file
 * @param answerId     the answer's database id: its evidence key, and with the file order the last tie-break among
 *                     duplicates
 * @param responseDate the response or interview date (R7, I7), or null where none was given
 */
public record VerifiableAnswer(String country, String region, int stage, String respondent, String sourceType,
                               String organization, String itemCode, Value value, long fileOrder, long answerId,
                               LocalDate responseDate) {
    public VerifiableAnswer {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(respondent, "respondent");
        Objects.requireNonNull(itemCode, "itemCode");
        Objects.requireNonNull(value, "value");
        if (stage != 1 && stage != 2) {
            throw new IllegalArgumentException("stage must be 1 or 2, was " + stage);
        }
    }
}
