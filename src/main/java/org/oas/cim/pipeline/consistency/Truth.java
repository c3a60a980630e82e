package org.oas.cim.pipeline.consistency;

/**
 * The outcome of a rule in three-valued (Kleene) logic. {@link #UNDETERMINED} is what a missing or unknown answer,
 * an approximate estimate or two overlapping intervals give: a rule is broken only where it is certainly
 * {@link #FALSE}, so that "don't know" never breaks a rule.
 */
public enum Truth {
    TRUE, FALSE, UNDETERMINED;

    static Truth of(boolean value) {
        return value ? TRUE : FALSE;
    }

    Truth and(Truth other) {
        if (this == FALSE || other == FALSE) {
            return FALSE;
        }
        return this == TRUE && other == TRUE ? TRUE : UNDETERMINED;
    }

    Truth or(Truth other) {
        if (this == TRUE || other == TRUE) {
            return TRUE;
        }
        return this == FALSE && other == FALSE ? FALSE : UNDETERMINED;
    }

    Truth not() {
        return this == UNDETERMINED ? UNDETERMINED : of(this == FALSE);
    }
}
