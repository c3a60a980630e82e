package org.oas.cim.pipeline.publish;

import java.util.Objects;

/**
 * What ingest did with one country's files in a phase: one row of the {@code quality} table. The caller fills it
 * from the database.
 *
 * @param country          alpha-2 code
 * @param files            input files processed
 * @param rowsRead         data rows read from them
 * @param respondentsTaken respondents taken (both stages, duplicates counted once)
 * @param rowsRejected     rows rejected
 * @param errors           issues of severity error
 * @param warnings         issues of severity warning
 * @param consistencyWarnings of those warnings, the broken consistency rules of the codebook (answers that
 *                         contradict each other)
 */
public record QualityCounts(String country, int files, int rowsRead, int respondentsTaken, int rowsRejected,
                            int errors, int warnings, int consistencyWarnings) {
    public QualityCounts {
        Objects.requireNonNull(country, "country");
        if (files < 0 || rowsRead < 0 || respondentsTaken < 0 || rowsRejected < 0 || errors < 0 || warnings < 0
                || consistencyWarnings < 0) {
            throw new IllegalArgumentException("quality counts of " + country + " must not be negative");
        }
    }
}
