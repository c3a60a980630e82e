package org.oas.cim.pipeline.ingest;

/**
 * A claimed input file as the database knows it.
 *
 * @param relativePath inbox-relative path with {@code /}, the identity of a file across revisions
 * @param phaseHint    the phase named by the inbox subfolder, or null
 * @param status       CLAIMED until decided, then ARCHIVED, REJECTED or DUPLICATE
 * @param recordsDone  records already written: a restarted run resumes after them
 */
public record InputFile(long id, String relativePath, String fileName, String sha256, long sizeBytes,
                        String phaseHint, String status, int recordsDone) {
    public static final String CLAIMED = "CLAIMED";
    public static final String ARCHIVED = "ARCHIVED";
    public static final String REJECTED = "REJECTED";
    public static final String DUPLICATE = "DUPLICATE";

}
