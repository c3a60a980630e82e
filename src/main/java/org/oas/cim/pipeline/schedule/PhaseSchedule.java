package org.oas.cim.pipeline.schedule;

import org.oas.cim.pipeline.study.Phase;
import org.oas.cim.pipeline.study.Study;
import org.springframework.scheduling.support.CronExpression;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * When {@code serve} runs a phase on its own, as {@code jobs/phases.yml} says ({@code schedule}, a Spring cron
 * expression: second minute hour day month weekday, in the server's time zone).
 */
public record PhaseSchedule(String phaseId, CronExpression cron) {

    /**
     * The phases that have a schedule, in file order.
     *
     * @throws IllegalArgumentException naming the phase, where a schedule is not a cron expression
     */
    public static List<PhaseSchedule> of(Study study) {
        return study.phases().stream().filter(p -> p.schedule() != null && !p.schedule().isBlank()).map(PhaseSchedule::parse).toList();
    }

    /** The first time after {@code after} the phase is due. */
    public ZonedDateTime next(ZonedDateTime after) {
        return cron.next(after);
    }

    private static PhaseSchedule parse(Phase phase) {
        try {
            return new PhaseSchedule(phase.id(), CronExpression.parse(phase.schedule()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("jobs/phases.yml: the schedule of " + phase.id() + ", '" + phase.schedule()
                    + "', is not a cron expression (second minute hour day month weekday): " + e.getMessage(), e);
        }
    }
}
