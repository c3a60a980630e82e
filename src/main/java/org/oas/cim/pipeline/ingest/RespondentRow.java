package org.oas.cim.pipeline.ingest;

import java.time.LocalDate;

/**
 * A respondent as stored: who they are only as a pseudonym, and what they are (country, phase, source type).
 *
 * @param region       the phase region their region answer names, or null
 * @param sourceType   respondent_type (stage 1) or agency_type (stage 2) code, or null
 * @param organization the organization as the registry names it (or as written, when new), or null
 */
public record RespondentRow(String pseudonym, String instrument, int stage, String phase, String country, String region,
                            String sourceType, String organization, LocalDate responseDate, String sheet, int row) {
}
