package org.oas.cim.pipeline.layout;

/** How a data sheet lays out its respondents. */
public enum Layout {
    /** One row per respondent under a header row of items. */
    WIDE,
    /** One respondent per sheet: a question per row, the answer in the column right of it. */
    FORM
}
