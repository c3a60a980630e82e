package org.oas.cim.pipeline.publish;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One input file a run used, as the manifest lists it.
 *
 * @param name      the file's name as published (no folder)
 * @param sha256    its SHA-256, 64 lower-case hex digits
 * @param rowsTaken data rows taken from it
 */
public record UsedFile(String name, String sha256, long rowsTaken) {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public UsedFile {
        Objects.requireNonNull(name, "name");
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("sha256 of " + name + " must be 64 lower-case hex digits, was " + sha256);
        }
        if (rowsTaken < 0) {
            throw new IllegalArgumentException("rows taken from " + name + " must not be negative");
        }
    }
}
