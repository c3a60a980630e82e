package org.oas.cim.pipeline.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The name a report takes beside its file: the file's own name and the report's suffix, where the file system allows
 * it. A file name near the file systems' limit (255 bytes) leaves no room for {@code .report.html}: its report then
 * takes the start of the name, {@code ~} and eight hex digits of the whole name's SHA-256, so that two long names
 * that begin alike still get reports of their own.
 */
final class ReportName {
    /** The longest file name ext4, XFS, NTFS (in UTF-16 units, fewer than bytes here) and APFS all accept. */
    static final int MAX_NAME_BYTES = 255;
    private static final int DIGEST_HEX = 8;

    private ReportName() {
    }

    /** {@code fileName + suffix}, shortened as above where that would pass {@link #MAX_NAME_BYTES}. */
    static String of(String fileName, String suffix) {
        String whole = fileName + suffix;
        if (utf8Length(whole) <= MAX_NAME_BYTES) {
            return whole;
        }
        String tail = "~" + digest(fileName) + suffix;
        int room = MAX_NAME_BYTES - utf8Length(tail);
        StringBuilder start = new StringBuilder();
        int used = 0;
        for (int cp : fileName.codePoints().toArray()) {
            used += utf8Length(Character.toString(cp));
            if (used > room) {
                break;
            }
            start.appendCodePoint(cp);
        }
        return start + tail;
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static String digest(String name) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, DIGEST_HEX);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
