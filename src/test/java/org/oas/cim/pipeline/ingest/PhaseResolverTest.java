package org.oas.cim.pipeline.ingest;

import org.junit.jupiter.api.Test;
import org.oas.cim.pipeline.issue.IssueCode;
import org.oas.cim.pipeline.study.Phase;
import org.oas.cim.pipeline.study.Study;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** inputs.md's order for a respondent's phase, and the regions a phase reports on. */
class PhaseResolverTest {
    private final Study study = Study.load(Path.of("jobs", "phases.yml"));
    private final PhaseResolver resolver = new PhaseResolver(study);

    @Test
    void theInboxFolderComesFirstThenTheRowThenTheFile() {
        assertThat(resolver.resolve("phase-2", "phase-1", null, "BZ").phase().id()).isEqualTo("phase-2");
        assertThat(resolver.resolve(null, "Fase II", "phase-1", "BZ").phase().id()).isEqualTo("phase-2");
        assertThat(resolver.resolve(null, null, "Phase I", "BZ").phase().id()).isEqualTo("phase-1");
    }

    @Test
    void aCountryOfOnePhaseNeedsNoDeclaration() {
        assertThat(resolver.resolve(null, null, null, "CR").phase().id()).isEqualTo("phase-1");
        assertThat(resolver.resolve(null, null, null, "AN").phase().id()).isEqualTo("caribbean");
    }

    @Test
    void belizeWithoutAPhaseIsNoPhaseAndAForeignCountryIsNotInThePhase() {
        PhaseResolver.Resolution belize = resolver.resolve(null, null, null, "BZ");
        assertThat(belize.phase()).isNull();
        assertThat(belize.problem()).isEqualTo(IssueCode.NO_PHASE);
        assertThat(belize.detail()).contains("phase-1", "phase-2");
        assertThat(resolver.resolve("phase-2", null, null, "GT").problem()).isEqualTo(IssueCode.COUNTRY_NOT_IN_PHASE);
        assertThat(resolver.resolve(null, "Fase 9", null, "CR").problem()).isEqualTo(IssueCode.NO_PHASE);
        PhaseResolver.Resolution nowhere = resolver.resolve(null, null, null, "US");
        assertThat(nowhere.problem()).isEqualTo(IssueCode.COUNTRY_NOT_IN_PHASE);
        assertThat(nowhere.detail()).isEqualTo("phase-1, phase-2, caribbean");
    }

    @Test
    void aRegionAnswerNamingAStateFindsItsRegion() {
        Phase phase2 = study.phase("phase-2").orElseThrow();
        assertThat(resolver.region(phase2, "MX", "Chiapas")).isEqualTo("mx-south");
        assertThat(resolver.region(phase2, "MX", "Tapachula, Chiapas")).isEqualTo("mx-south");
        assertThat(resolver.region(phase2, "MX", "Ciudad Juárez (Chihuahua)")).isEqualTo("mx-north");
        assertThat(resolver.region(phase2, "MX", "Nuevo Leon")).isEqualTo("mx-north");
        assertThat(resolver.region(phase2, "MX", "Oaxaca")).isNull();
        assertThat(resolver.region(phase2, "BO", "El Alto, La Paz")).isEqualTo("bo-la-paz");
    }
}
