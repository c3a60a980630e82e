package org.oas.cim.pipeline.report;

import org.oas.cim.pipeline.ingest.FileStatus;

import java.util.Locale;

/** What became of a file: taken (perhaps with warnings), not taken, or already received with the same bytes. */
public enum Verdict {
    TAKEN, NOT_TAKEN, DUPLICATE;

    /** The verdict on a decided file. */
    public static Verdict of(FileStatus status) {
        return switch (status) {
            case ARCHIVED -> TAKEN;
            case REJECTED -> NOT_TAKEN;
            case DUPLICATE -> DUPLICATE;
            case CLAIMED -> throw new IllegalArgumentException("a claimed file is not decided yet");
        };
    }

    /** As written in bundle keys and CSS classes: {@code not-taken}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
