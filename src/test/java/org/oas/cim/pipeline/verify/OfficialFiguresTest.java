package org.oas.cim.pipeline.verify;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oas.cim.pipeline.verify.Answers.count;
import static org.oas.cim.pipeline.verify.Answers.unknown;

/** Official figures are published per agency type, never summed or averaged across agencies' types. */
class OfficialFiguresTest {
    private final Answers answers = new Answers();

    @Test
    void eachAgencyTypeGetsItsOwnRowAndNoRowAddsThemUp() {
        long a = answers.interview("CR", "mig1", "immigration").answer("O1", count(100)).lastId();
        long aYear = answers.interview("CR", "mig1", "immigration").answer("O5", count(2001)).lastId();
        long b = answers.interview("CR", "mig2", "immigration").answer("O1", count(300)).lastId();
        long bYear = answers.interview("CR", "mig2", "immigration").answer("O5", count(2002)).lastId();
        answers.interview("CR", "pol", "national_police").answer("O1", count(250)).answer("O5", count(2002))
                .answer("O3", count(12));
        answers.interview("CR", "pol2", "national_police").answer("O1", unknown());
        List<OfficialFigure> figures = answers.verify().officialFigures();

        assertThat(figures).extracting(f -> f.item() + " " + f.agencyType())
                .containsExactly("O1 immigration", "O1 national_police", "O3 national_police");
        assertThat(figures.get(0)).isEqualTo(new OfficialFigure("CR", "O1", "immigration", 2, 200.0, 100, 300, 2002, true,
                List.of(a, aYear, b, bYear)));
        OfficialFigure police = figures.get(1);
        assertThat(police.agencies()).isEqualTo(1);
        assertThat(police.median()).isEqualTo(250.0);
        assertThat(police.year()).isEqualTo(2002);
        assertThat(police.mixedYears()).isFalse();
        assertThat(figures).noneMatch(f -> f.max() == 650 || f.median() == 650);
    }

    @Test
    void aFigureWithoutAYearHasNone() {
        answers.interview("CR", "mig", "immigration").answer("O2", count(4));
        OfficialFigure figure = answers.verify().officialFigures().get(0);
        assertThat(figure.year()).isNull();
        assertThat(figure.mixedYears()).isFalse();
    }

    @Test
    void yearsAndKeepsRecordsAreNoFindingsOfTheirOwn() {
        answers.interview("CR", "mig", "immigration").answer("O4", Answers.code("yes")).answer("O5", count(2002));
        Findings findings = answers.verify();
        assertThat(findings.officialFigures()).isEmpty();
        assertThat(findings.indicators()).noneMatch(f -> f.indicator().startsWith("O"));
    }
}
