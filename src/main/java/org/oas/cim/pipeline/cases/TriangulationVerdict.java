package org.oas.cim.pipeline.cases;

import java.util.Optional;

/**
 * What the case records say of one option the surveys name (or that only the cases show), per cases.md
 * ("Triangulation"). The first that applies, in declaration order, is the row's verdict; an option the CTDC format
 * cannot speak to is {@link #NOT_COMPARABLE} before anything else.
 */
public enum TriangulationVerdict {
    NOT_COMPARABLE,
    NO_CASES,
    TOO_FEW_CASES,
    CONFIRMED_BY_CASES,
    NOT_SEEN_IN_CASES,
    CASES_ONLY;

    /**
     * The verdict of one (country, indicator, option), or empty where it gets no row: an option no survey names and the
     * cases do not show at the {@link #CASES_ONLY} level.
     *
     * @param comparable     whether the CTDC format can speak to the option
     * @param surveysName    whether a questionnaire or an interview names it
     * @param casesN         cases that count, where the field is known
     * @param casesWith      cases naming the option
     * @param k              fewest cases that say anything (CTDC's k)
     * @param casesOnlyShare the share of {@code casesN} that must name an option no survey names
     */
    public static Optional<TriangulationVerdict> of(boolean comparable, boolean surveysName, long casesN, long casesWith,
                                                    int k, double casesOnlyShare) {
        if (!comparable) {
            return surveysName ? Optional.of(NOT_COMPARABLE) : Optional.empty();
        }
        TriangulationVerdict verdict;
        if (casesN == 0) {
            verdict = NO_CASES;
        } else if (casesN < k) {
            verdict = TOO_FEW_CASES;
        } else if (surveysName) {
            verdict = casesWith > 0 ? CONFIRMED_BY_CASES : NOT_SEEN_IN_CASES;
        } else {
            return casesWith > 0 && casesWith >= casesOnlyShare * casesN ? Optional.of(CASES_ONLY) : Optional.empty();
        }
        return surveysName ? Optional.of(verdict) : Optional.empty();
    }
}
