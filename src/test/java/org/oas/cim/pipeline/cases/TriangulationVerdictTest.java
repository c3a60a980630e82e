package org.oas.cim.pipeline.cases;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oas.cim.pipeline.cases.TriangulationVerdict.CASES_ONLY;
import static org.oas.cim.pipeline.cases.TriangulationVerdict.CONFIRMED_BY_CASES;
import static org.oas.cim.pipeline.cases.TriangulationVerdict.NOT_COMPARABLE;
import static org.oas.cim.pipeline.cases.TriangulationVerdict.NOT_SEEN_IN_CASES;
import static org.oas.cim.pipeline.cases.TriangulationVerdict.NO_CASES;
import static org.oas.cim.pipeline.cases.TriangulationVerdict.TOO_FEW_CASES;

/** cases.md's verdict table: the first verdict that applies, in its order. */
class TriangulationVerdictTest {
    private static final int K = 11;
    private static final double SHARE = 0.05;

    private static Optional<TriangulationVerdict> surveyed(long n, long with) {
        return TriangulationVerdict.of(true, true, n, with, K, SHARE);
    }

    private static Optional<TriangulationVerdict> onlyInCases(long n, long with) {
        return TriangulationVerdict.of(true, false, n, with, K, SHARE);
    }

    @Test
    void anOptionTheFormatCannotSpeakToIsNotComparableWhateverTheCounts() {
        assertThat(TriangulationVerdict.of(false, true, 500, 400, K, SHARE)).contains(NOT_COMPARABLE);
        assertThat(TriangulationVerdict.of(false, true, 0, 0, K, SHARE)).contains(NOT_COMPARABLE);
        assertThat(TriangulationVerdict.of(false, false, 500, 400, K, SHARE)).isEmpty();
    }

    @Test
    void noCasesComesBeforeTooFewAndTooFewBeforeTheComparisons() {
        assertThat(surveyed(0, 0)).contains(NO_CASES);
        assertThat(surveyed(1, 1)).contains(TOO_FEW_CASES);
        assertThat(surveyed(10, 10)).contains(TOO_FEW_CASES);
        assertThat(surveyed(10, 0)).contains(TOO_FEW_CASES);
    }

    @Test
    void fromKCasesOnTheSurveysAreConfirmedByOneCaseOrNotSeen() {
        assertThat(surveyed(11, 1)).contains(CONFIRMED_BY_CASES);
        assertThat(surveyed(11, 0)).contains(NOT_SEEN_IN_CASES);
        assertThat(surveyed(1000, 1)).contains(CONFIRMED_BY_CASES);
    }

    @Test
    void anOptionNoSurveyNamesHasARowOnlyAtTheCasesOnlyLevel() {
        assertThat(onlyInCases(100, 5)).contains(CASES_ONLY);
        assertThat(onlyInCases(100, 4)).isEmpty();
        assertThat(onlyInCases(20, 1)).contains(CASES_ONLY);
        assertThat(onlyInCases(10, 10)).as("too few cases: no row").isEmpty();
        assertThat(onlyInCases(0, 0)).isEmpty();
        assertThat(onlyInCases(100, 0)).isEmpty();
    }

    @Test
    void theCasesOnlyShareAndKAreSettings() {
        assertThat(TriangulationVerdict.of(true, false, 100, 9, K, 0.10)).isEmpty();
        assertThat(TriangulationVerdict.of(true, false, 100, 10, K, 0.10)).contains(CASES_ONLY);
        assertThat(TriangulationVerdict.of(true, true, 5, 5, 5, SHARE)).contains(CONFIRMED_BY_CASES);
    }
}
