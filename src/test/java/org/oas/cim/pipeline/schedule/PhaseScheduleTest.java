package org.oas.cim.pipeline.schedule;

import org.junit.jupiter.api.Test;
import org.oas.cim.pipeline.study.Phase;
import org.oas.cim.pipeline.study.Study;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What jobs/phases.yml says about when phases run, and which locks a run of them takes. */
class PhaseScheduleTest {
    private static final Study STUDY = Study.load(Path.of("jobs/phases.yml"));

    @Test
    void everyPhaseOfTheStudyRunsAtItsCronTimeInTheServersZone() {
        List<PhaseSchedule> schedules = PhaseSchedule.of(STUDY);
        ZonedDateTime evening = ZonedDateTime.of(2026, 11, 27, 23, 0, 0, 0, ZoneId.of("America/Costa_Rica"));

        assertThat(schedules).extracting(PhaseSchedule::phaseId).containsExactly("phase-1", "phase-2", "caribbean");
        assertThat(schedules.get(0).next(evening)).isEqualTo(ZonedDateTime.of(2026, 11, 28, 2, 0, 0, 0, ZoneId.of("America/Costa_Rica")));
        assertThat(schedules.get(1).next(evening).getMinute()).isEqualTo(15);
    }

    @Test
    void aPhaseWithoutScheduleIsLeftOutAndABadScheduleNamesItsPhase() {
        Phase quiet = new Phase("quiet", "Quiet", "2004-", List.of("MX"), List.of(), null, List.of());
        Phase nightly = new Phase("nightly", "Nightly", "2004-", List.of("BO"), List.of(), "0 0 3 * * *", List.of());
        Phase broken = new Phase("broken", "Broken", "2004-", List.of("BZ"), List.of(), "every night", List.of());

        assertThat(PhaseSchedule.of(new Study(List.of(quiet, nightly)))).extracting(PhaseSchedule::phaseId).containsExactly("nightly");
        assertThatThrownBy(() -> PhaseSchedule.of(new Study(List.of(quiet, broken))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the schedule of broken, 'every night', is not a cron expression");
    }

    @Test
    void everyJobTakesTheIngestLockAndTheLocksOfThePhasesItPublishes() {
        assertThat(LockNames.of(new JobParametersBuilder().addString("phase", "all").toJobParameters(), STUDY))
                .containsExactly("ingest", "phase:caribbean", "phase:phase-1", "phase:phase-2");
        assertThat(LockNames.of(new JobParametersBuilder().addString("phase", "phase-2").toJobParameters(), STUDY))
                .containsExactly("ingest", "phase:phase-2");
        assertThat(LockNames.of(new JobParametersBuilder().addString("snapshot", "ab12").toJobParameters(), STUDY))
                .containsExactly("ingest");
    }
}
