package org.oas.cim.pipeline.ingest;

/** Where a file stands: claimed into processing/, then decided. */
public enum FileStatus {
    /** In processing/, not decided yet. */
    CLAIMED,
    /** Taken: at least one respondent counted. */
    ARCHIVED,
    /** Not taken: unreadable, of no instrument, or no row could be taken. */
    REJECTED,
    /** The same bytes arrived before: archived beside the earlier file, not ingested twice. */
    DUPLICATE
}
