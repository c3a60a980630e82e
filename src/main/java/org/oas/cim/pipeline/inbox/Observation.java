package org.oas.cim.pipeline.inbox;

import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What one scheduler poll saw, kept for the next poll: every candidate's size and time, since when they have
 * been unchanged, and the files that have now been unchanged for the settle time.
 *
 * @param seen    per inbox-relative path
 * @param settled the files this poll may claim, in inbox-relative path order
 */
public record Observation(SortedMap<String, Seen> seen, List<InboxFile> settled) {
    public Observation {
        seen = Collections.unmodifiableSortedMap(new TreeMap<>(seen));
        settled = List.copyOf(settled);
    }

    /** Before the first poll: nothing seen, so nothing has settled yet. */
    public static Observation none() {
        return new Observation(new TreeMap<>(), List.of());
    }

    /**
     * @param stableSince the first poll that saw this size and time
     */
    public record Seen(long size, FileTime modified, Instant stableSince) {
        boolean sameStampAs(InboxFile file) {
            return size == file.size() && modified.equals(file.modified());
        }
    }
}
