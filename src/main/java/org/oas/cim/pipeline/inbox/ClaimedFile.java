package org.oas.cim.pipeline.inbox;

import java.nio.file.Path;

/**
 * A file taken out of the inbox, being processed.
 *
 * @param relativePath   its path inside the inbox, elements joined with {@code /}; a revision has the same one
 * @param phaseHint      the phase id named by its first folder, or null
 * @param sha256         lower-case hex SHA-256 of its bytes, as they arrived
 * @param size           bytes
 * @param processingPath where it is while processed
 */
public record ClaimedFile(String relativePath, String phaseHint, String sha256, long size, Path processingPath) {
}
