package org.oas.cim.pipeline.report;

import java.util.Locale;

/** What became of a file: taken (perhaps with warnings), not taken, or already received with the same bytes. */
public enum Verdict {
    TAKEN, NOT_TAKEN, DUPLICATE;

    /** The verdict of an {@code input_file.status} as ingest writes it: ARCHIVED, REJECTED or DUPLICATE. */
    public static Verdict ofStatus(String status) {
        return switch (status.toUpperCase(Locale.ROOT)) {
            case "ARCHIVED" -> TAKEN;
            case "REJECTED" -> NOT_TAKEN;
            case "DUPLICATE" -> DUPLICATE;
            default -> throw new IllegalArgumentException("a file with status " + status + " is not decided yet");
        };
    }

    /** As written in bundle keys and CSS classes: {@code not-taken}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
