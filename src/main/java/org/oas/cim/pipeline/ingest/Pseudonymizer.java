package org.oas.cim.pipeline.ingest;

import org.oas.cim.pipeline.normalize.TextKey;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Keyed pseudonyms for respondents: an HMAC-SHA256 of who they are, under a key the operator holds, so
 * that the same respondent in two files is found without the database ever holding a name.
 */
public final class Pseudonymizer {
    static final String KEY_FILE = "pseudonym.key";

    private final SecretKeySpec key;

    public Pseudonymizer(byte[] key) {
        this.key = new SecretKeySpec(key, "HmacSHA256");
    }

    /**
     * The configured key, or else the key kept in {@code dataDir/pseudonym.key}, generated there (readable by
     * its owner only) on first use. Losing that file means new pseudonyms: back it up with the database.
     */
    public static Pseudonymizer fromConfiguredOrStoredKey(String configuredKey, Path dataDir) {
        if (configuredKey != null && !configuredKey.isBlank()) {
            return new Pseudonymizer(configuredKey.getBytes(StandardCharsets.UTF_8));
        }
        Path file = dataDir.resolve(KEY_FILE);
        try {
            if (!Files.exists(file)) {
                writeNewKey(file);
            }
            return new Pseudonymizer(Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).trim()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the pseudonym key " + file, e);
        }
    }

    /**
     * Writes the key whole under a temporary name (owner-only, as temporary files are), then links it into place:
     * a crash never leaves an empty or half-written key that would stop every later start, and of two processes
     * starting at once, the second finds the first one's whole key.
     */
    private static void writeNewKey(Path file) throws IOException {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), ".pseudonym", ".tmp");
        try {
            Files.writeString(temporary, Base64.getEncoder().encodeToString(random), StandardCharsets.US_ASCII);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.createLink(file, temporary);
        } catch (FileAlreadyExistsException raced) {
            // another process created it first: use theirs
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * The pseudonym of a respondent. Parts are compared as researchers write them: without case, accents,
     * punctuation or extra spaces, so {@code "Casa Alianza"} and {@code "CASA ALIANZA "} are the same.
     */
    public String pseudonym(String... parts) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            for (String part : parts) {
                mac.update(TextKey.of(part == null ? "" : part).getBytes(StandardCharsets.UTF_8));
                mac.update((byte) 0x1f);
            }
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }
}
