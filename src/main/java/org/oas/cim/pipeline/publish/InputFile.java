package org.oas.cim.pipeline.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One input file a run used, as the manifest lists it.
 *
 * @param name      the file's name as published (no folder)
 * @param sha256    its SHA-256, 64 lower-case hex digits
 * @param rowsTaken data rows taken from it
 */
public record InputFile(String name, String sha256, long rowsTaken) {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public InputFile {
        Objects.requireNonNull(name, "name");
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("sha256 of " + name + " must be 64 lower-case hex digits, was " + sha256);
        }
        if (rowsTaken < 0) {
            throw new IllegalArgumentException("rows taken from " + name + " must not be negative");
        }
    }

    /** Hashes a file on disk; the manifest names it by its file name only. */
    public static InputFile of(Path file, long rowsTaken) {
        return new InputFile(file.getFileName().toString(), sha256(file), rowsTaken);
    }

    public static String sha256(Path file) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot hash " + file, e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
