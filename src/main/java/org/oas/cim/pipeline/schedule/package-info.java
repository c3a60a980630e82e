/**
 * The operators' side: the scheduler behind {@code serve} (settled inbox files and the phases' cron schedules),
 * the database lock that keeps two cycles of one phase apart across processes, and the control and history
 * of job executions behind {@code status}, {@code stop} and {@code abandon}.
 */
package org.oas.cim.pipeline.schedule;
