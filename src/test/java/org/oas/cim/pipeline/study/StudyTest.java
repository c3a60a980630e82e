package org.oas.cim.pipeline.study;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oas.cim.pipeline.codebook.JobsProblem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** jobs/phases.yml holds study.md's three phases. */
class StudyTest {
    private final Study study = Study.load(Path.of("jobs", "phases.yml"));

    @Test
    void threePhasesWithTheirCountries() {
        assertThat(study.phases()).extracting(Phase::id).containsExactly("phase-1", "phase-2", "caribbean");
        assertThat(study.phase("phase-1").orElseThrow().countries()).containsExactly("BZ", "BR", "CR", "DO", "SV", "GT", "HN", "NI", "PA");
        assertThat(study.phase("caribbean").orElseThrow().countries()).contains("AN", "SR");
    }

    @Test
    void belizeIsInTwoPhasesAndCostaRicaInOne() {
        assertThat(study.phasesOf("BZ")).extracting(Phase::id).containsExactly("phase-1", "phase-2");
        assertThat(study.phasesOf("CR")).extracting(Phase::id).containsExactly("phase-1");
    }

    @Test
    void mexicoHasItsBorderRegions() {
        Phase phase2 = study.phase("phase-2").orElseThrow();
        assertThat(phase2.regionsOf("MX")).extracting(Region::id).containsExactly("mx-south", "mx-north", "mx-df");
        assertThat(phase2.regionsOf("MX").get(0).places()).contains("Chiapas", "Quintana Roo");
        assertThat(phase2.schedule()).isNotBlank();
    }

    @Test
    void estimatesAreMadeAsEstimationMdSaysUnlessAPhaseSetsItsOwn(@TempDir Path folder) throws IOException {
        assertThat(study.phases()).extracting(Phase::estimation).containsOnly(EstimationSettings.DEFAULTS);
        assertThat(EstimationSettings.DEFAULTS).isEqualTo(new EstimationSettings(0.02, false));

        Study set = Study.load(phases(folder, "    estimation:\n      threshold: 0.05\n      pool_years: true\n"));
        assertThat(set.phases().get(0).estimation()).isEqualTo(new EstimationSettings(0.05, true));
        Study poolOnly = Study.load(phases(folder, "    estimation: {pool_years: true}\n"));
        assertThat(poolOnly.phases().get(0).estimation()).isEqualTo(new EstimationSettings(0.02, true));
    }

    @Test
    void aWrongEstimationKeyOrValueNamesItsLine(@TempDir Path folder) {
        assertThatThrownBy(() -> Study.load(phases(folder, "    estimation:\n      threshold: 2\n")))
                .isInstanceOf(JobsProblem.class).hasMessageContaining("phases.yml line 6")
                .hasMessageContaining("the estimation threshold '2' is not a p-value above 0 and at most 1");
        assertThatThrownBy(() -> Study.load(phases(folder, "    estimation:\n      pool_years: si\n")))
                .isInstanceOf(JobsProblem.class).hasMessageContaining("phases.yml line 6")
                .hasMessageContaining("pool_years is true or false, not 'si'");
        assertThatThrownBy(() -> Study.load(phases(folder, "    estimation:\n      treshold: 0.05\n")))
                .isInstanceOf(JobsProblem.class).hasMessageContaining("phases.yml line 6")
                .hasMessageContaining("'treshold:' is not a key of estimation: (threshold, pool_years)");
    }

    /** A phases.yml of one phase whose last lines are {@code estimation}. */
    private static Path phases(Path folder, String estimation) throws IOException {
        return Files.writeString(folder.resolve("phases.yml"), "phases:\n  - id: p\n    countries: [MX]\n    years: 2004-\n"
                + estimation, StandardCharsets.UTF_8);
    }
}
