package org.oas.cim.pipeline.system;


import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * The key of a home's encrypted H2 file (H2's {@code CIPHER=AES}), read from the environment
 * ({@value #KEY_VARIABLE}) or from a file outside the home ({@value #KEY_FILE_SETTING}, or the variable
 * {@value #KEY_FILE_VARIABLE}); never from the command line, never logged. A home whose database file is new is
 * encrypted when a key is given; one that exists is encrypted when its file says so.
 */
public final class DatabaseKey {
    public static final String KEY_VARIABLE = "PIPELINE_DB_KEY";
    public static final String KEY_FILE_VARIABLE = "PIPELINE_DB_KEY_FILE";
    public static final String KEY_FILE_SETTING = "pipeline.db.key-file";
    /** What H2 writes at the start of a file it encrypts. */
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final String DATABASE_FILE = "pipeline.mv.db";

    private final char[] key;

    private DatabaseKey(char[] key) {
        this.key = key;
    }

    /** The key the operator gave, if any: the environment variable, else the key file named by a setting or a variable. */
    public static Optional<DatabaseKey> find(HomeFolder home, Map<String, Object> settings, Map<String, String> environment) {
        String inVariable = environment.get(KEY_VARIABLE);
        if (inVariable != null && !inVariable.isBlank()) {
            return Optional.of(checked(inVariable.strip(), "the variable " + KEY_VARIABLE));
        }
        Object fileSetting = settings.getOrDefault(KEY_FILE_SETTING, System.getProperty(KEY_FILE_SETTING, environment.get(KEY_FILE_VARIABLE)));
        if (fileSetting == null || fileSetting.toString().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(fromFile(home, Path.of(fileSetting.toString()).toAbsolutePath().normalize()));
    }

    private static DatabaseKey fromFile(HomeFolder home, Path file) {
        if (file.startsWith(home.root())) {
            throw new StartRefusedException("The database key file " + file + " lies inside the home " + home.root()
                    + ": keep it elsewhere, so that a copy of the home (a backup) does not carry its own key.");
        }
        try {
            if (FileModes.othersHaveAccess(file)) {
                throw new StartRefusedException("Other accounts can read the database key file " + file + ": chmod 600 it.");
            }
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            int lineEnd = text.indexOf('\n');
            return checked(lineEnd < 0 ? text : text.substring(0, lineEnd).strip(), "the key file " + file);
        } catch (IOException e) {
            throw new StartRefusedException("Cannot read the database key file " + file + ": " + e.getMessage());
        }
    }

    private static DatabaseKey checked(String key, String where) {
        if (key.length() < 16 || key.chars().anyMatch(Character::isWhitespace)) {
            // H2 takes the password's first space as the end of the file key.
            throw new StartRefusedException("The database key in " + where + " must be at least 16 characters without spaces.");
        }
        return new DatabaseKey(key.toCharArray());
    }

    /** The H2 file of a home. */
    public static Path databaseFile(HomeFolder home) {
        return home.data().resolve(DATABASE_FILE);
    }

    /** Whether the home's H2 file exists and is encrypted. */
    public static boolean isEncrypted(HomeFolder home) {
        Path file = databaseFile(home);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(ENCRYPTED_HEADER.length), ENCRYPTED_HEADER);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The file part of H2's password ({@code "filePassword userPassword"}) for the given user password. */
    public char[] password(String userPassword) {
        char[] password = Arrays.copyOf(key, key.length + 1 + userPassword.length());
        password[key.length] = ' ';
        userPassword.getChars(0, userPassword.length(), password, key.length + 1);
        return password;
    }

    /** For H2's ChangeFileEncryption, which takes the file key alone. */
    char[] fileKey() {
        return key.clone();
    }

    @Override
    public String toString() {
        return "DatabaseKey[hidden]";
    }
}
