package org.oas.cim.pipeline.issue;

import java.util.Arrays;
import java.util.Locale;

/**
 * Issue codes: Frictionless names where one fits, plus this study's own. Each has a default severity;
 * its message, in every language, lives in the {@code messages/issues} bundles under {@code issue.<id>}.
 */
public enum IssueCode {
    FORMAT_ERROR(Severity.ERROR),
    BLANK_HEADER(Severity.WARNING),
    DUPLICATE_LABEL(Severity.ERROR),
    EXTRA_LABEL(Severity.WARNING),
    BLANK_ROW(Severity.INFO),
    TYPE_ERROR(Severity.ERROR),
    CONSTRAINT_ERROR(Severity.ERROR),
    UNKNOWN_COUNTRY(Severity.ERROR),
    COUNTRY_NOT_IN_PHASE(Severity.ERROR),
    UNKNOWN_CHOICE(Severity.ERROR),
    FUZZY_MATCH(Severity.WARNING),
    OUT_OF_RANGE(Severity.WARNING),
    DUPLICATE_RESPONDENT(Severity.WARNING),
    ENCRYPTED_FILE(Severity.ERROR),
    TOO_LARGE(Severity.ERROR),
    UNSUPPORTED_FORMAT(Severity.ERROR),
    NO_INSTRUMENT(Severity.ERROR),
    NO_PHASE(Severity.ERROR),
    /** The country of a row (or of a whole file) could not be determined. */
    NO_COUNTRY(Severity.ERROR),
    /** The same bytes arrived before: archived as a duplicate, not ingested twice. */
    DUPLICATE_FILE(Severity.INFO),
    /** A file replaces an earlier one with the same path: the earlier answers no longer count. */
    REVISION(Severity.INFO),
    /** An organization not in the registry: accepted as new. */
    NEW_ORGANIZATION(Severity.INFO),
    /** A per-choice column and the summary column of a survey-tool export disagree. */
    CHOICE_COLUMNS_DISAGREE(Severity.WARNING),
    /** A victim-list row nearly matches a person on another list (one character of the name, day and month swapped): not linked. */
    POSSIBLE_LINK(Severity.WARNING),
    /** The same person twice on one victim list: counted once. */
    DUPLICATE_ROW(Severity.WARNING),
    /** Rows of a case file whose countries are in no phase: counted once per file, not stored. */
    CASES_OUTSIDE_STUDY(Severity.INFO),
    /** A text file that is UTF-8 with some bytes broken: read as UTF-8, those bytes replaced. */
    ENCODING_ERROR(Severity.WARNING),
    /** A text file that is not UTF-8 but reads cleanly as Windows-1252 (Excel's "CSV" on Spanish Windows): read so, and said. */
    TEXT_ENCODING(Severity.INFO);

    private final Severity defaultSeverity;

    IssueCode(Severity defaultSeverity) {
        this.defaultSeverity = defaultSeverity;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    /** The code as written in tables and reports: {@code type-error}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static IssueCode fromId(String id) {
        return Arrays.stream(values()).filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown issue code " + id));
    }
}
