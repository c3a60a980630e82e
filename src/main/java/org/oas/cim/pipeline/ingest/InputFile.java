package org.oas.cim.pipeline.ingest;

/**
 * A claimed input file as the database knows it.
 *
 * @param relativePath inbox-relative path with {@code /}, the identity of a file across revisions
 * @param phaseHint    the phase named by the inbox subfolder, or null
 * @param recordsDone  records already written: a restarted run resumes after them
 */
public record InputFile(long id, String relativePath, String fileName, String sha256, long sizeBytes,
                        String phaseHint, FileStatus status, int recordsDone) {
}
