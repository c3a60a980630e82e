package org.oas.cim.pipeline.verify;

import java.util.function.BooleanSupplier;

/**
 * What a finding rests on, and whether the two stages agree (src/site/markdown/protocol/verification.md, "Statuses").
 */
public enum Status {
    /** Both stages answered and agree. */
    CORROBORATED,
    /** Both stages answered and disagree, or one stage is split evenly. */
    CONTESTED,
    /** A multi-select option one stage names while the other answered the item without naming it. */
    UNCONFIRMED,
    /** Only questionnaires gave a known answer: not verified by interviews. */
    STAGE1_ONLY,
    /** Only interviews gave a known answer. */
    STAGE2_ONLY,
    /** Nobody gave a known answer. */
    NO_DATA;

    /** The usual rule: which stages have known answers first, then whether they agree (asked only when both do). */
    static Status of(int stage1N, int stage2N, BooleanSupplier agree) {
        if (stage1N == 0 && stage2N == 0) {
            return NO_DATA;
        }
        if (stage2N == 0) {
            return STAGE1_ONLY;
        }
        if (stage1N == 0) {
            return STAGE2_ONLY;
        }
        return agree.getAsBoolean() ? CORROBORATED : CONTESTED;
    }
}
