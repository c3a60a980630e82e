package org.oas.cim.pipeline.verify;

/**
 * One row of the {@code sources} table: who stands behind a country's answers in one stage.
 *
 * @param country       alpha-2 code
 * @param stage         1 or 2
 * @param sourceType    respondent or agency type code, or null where none was given
 * @param respondents   distinct respondents (duplicates counted once)
 * @param organizations distinct normalized organizations among them (respondents without one are not counted)
 */
public record SourceCount(String country, int stage, String sourceType, int respondents, int organizations) {
}
