package org.oas.cim.pipeline.inbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A file's SHA-256 (lower-case hex) and size, read in one streamed pass whatever the file's size. */
public record FileDigest(String sha256, long size) {
    private static final int BUFFER = 64 * 1024;

    /** Opens without following a link, so a link swapped in for a file fails instead of being read through. */
    public static FileDigest of(Path file) throws IOException {
        MessageDigest hash = newSha256();
        long size = 0;
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                hash.update(buffer, 0, n);
                size += n;
            }
        }
        return new FileDigest(HexFormat.of().formatHex(hash.digest()), size);
    }

    /** A new SHA-256 digest, for hashing more than one file's bytes together. */
    public static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
