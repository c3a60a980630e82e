package org.oas.cim.pipeline.verify;

/**
 * What a group of known answers to a select_one item says: the modal code (the median category for an
 * ordinal list), or a tie between the top codes, or nothing where there is no known answer.
 *
 * @param code  the modal or median choice code; null on a tie or where n = 0
 * @param tie   the top codes are equally frequent (never for an ordinal list)
 * @param share the share of the modal code (of each tied code on a tie) among the n known answers; null
 *              for an ordinal list, whose median has no share, and where n = 0
 * @param n     the number of known answers
 */
public record Consensus(String code, boolean tie, Double share, int n) {
    public Consensus {
        if (tie && code != null) {
            throw new IllegalArgumentException("a tie has no single code");
        }
    }

    static Consensus none() {
        return new Consensus(null, false, null, 0);
    }

    /** Whether there is a single value (no tie, at least one known answer). */
    public boolean isDefined() {
        return code != null;
    }
}
