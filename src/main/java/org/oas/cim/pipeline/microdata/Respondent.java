package org.oas.cim.pipeline.microdata;

import java.time.LocalDate;
import java.util.Map;

/** One current respondent of a phase with its answers by item code: one row of {@code answers.csv}. */
record Respondent(String pseudonym, String phase, String country, String region, int stage, String sourceType,
                  LocalDate responseDate, Map<String, StoredAnswer> answers) {
}
