package org.oas.cim.pipeline.privacy;

import java.time.Instant;

/**
 * One purge of a phase's personal data, as {@code data_purge} keeps it.
 *
 * @param runId     the published run whose findings stay reproducible
 * @param purgedBy  the operating-system account that ran it
 * @param originals DELETED, or MOVED to {@code movedTo}
 */
public record PurgeRecord(String phase, long runId, Instant purgedAt, String purgedBy, int files, int rawRows, int cellsRemoved,
                          int notesRemoved, String originals, String movedTo) {
    public static final String DELETED = "DELETED";
    public static final String MOVED = "MOVED";
}
