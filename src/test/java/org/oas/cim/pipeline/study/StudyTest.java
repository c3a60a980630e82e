package org.oas.cim.pipeline.study;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

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
}
