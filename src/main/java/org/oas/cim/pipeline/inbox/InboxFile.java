package org.oas.cim.pipeline.inbox;

import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

/**
 * A candidate file seen in the inbox, with the size and time it had when it was seen.
 *
 * @param relativePath its path inside the inbox, elements joined with {@code /} ({@code phase-2/cr/ngo.xlsx})
 * @param phaseHint    the phase id named by its first folder, or null where it is not in a phase folder
 * @param path         where it is
 * @param size         bytes, when seen
 * @param modified     last modification time, when seen
 */
public record InboxFile(String relativePath, String phaseHint, Path path, long size, FileTime modified) {

    /** Same size and modification time: nothing was written between the two sightings. */
    public boolean sameStampAs(InboxFile other) {
        return size == other.size && modified.equals(other.modified);
    }

    InboxFile withStamp(long newSize, FileTime newModified) {
        return new InboxFile(relativePath, phaseHint, path, newSize, newModified);
    }
}
