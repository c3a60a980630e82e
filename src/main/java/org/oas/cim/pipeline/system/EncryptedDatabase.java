package org.oas.cim.pipeline.system;

import org.h2.tools.ChangeFileEncryption;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

/**
 * How the Spring context opens a home's H2 file: plain, or with H2's AES file encryption and the key the operator gave.
 * The settings are handed to Spring in a property source of their own, never as arguments, so the key is not in any
 * command line or log.
 */
public final class EncryptedDatabase {
    /** Appended to the H2 URL of application.properties: empty, or {@code ;CIPHER=AES}. */
    public static final String CIPHER_OPTION = "pipeline.db.cipher-option";
    private static final String PASSWORD = "spring.datasource.password";

    private EncryptedDatabase() {
    }

    /**
     * The settings that open this home's database: none for a plain one; the cipher and the key's password for an
     * encrypted one, or for a new one when a key is given.
     *
     * @param userPassword the database user's own password (empty for the H2 default)
     */
    public static Map<String, Object> settings(HomeFolder home, Optional<DatabaseKey> key, String userPassword) {
        boolean exists = Files.exists(DatabaseKey.databaseFile(home));
        boolean encrypted = DatabaseKey.isEncrypted(home);
        if (encrypted && key.isEmpty()) {
            throw new StartRefusedException("The database of " + home.root() + " is encrypted: give its key in the variable "
                    + DatabaseKey.KEY_VARIABLE + ", or the path of a file holding it in " + DatabaseKey.KEY_FILE_VARIABLE + ".");
        }
        if (exists && !encrypted && key.isPresent()) {
            throw new StartRefusedException("The database of " + home.root() + " is not encrypted, yet a key was given: "
                    + "`encrypt --home " + home.root() + "` encrypts it with that key (or unset the key to use it as it is).");
        }
        if (key.isEmpty()) {
            return Map.of();
        }
        return Map.of(CIPHER_OPTION, ";CIPHER=AES", PASSWORD, new String(key.get().password(userPassword)));
    }

    /**
     * Re-writes the home's plain H2 file encrypted with the key (H2's ChangeFileEncryption: a new file, then a rename).
     * The database must be closed: no serve, run or status may have it open.
     */
    public static void encrypt(HomeFolder home, DatabaseKey key) {
        Path file = DatabaseKey.databaseFile(home);
        if (!Files.isRegularFile(file)) {
            throw new StartRefusedException("There is no database in " + home.data() + " yet: give the key to the first run instead, "
                    + "and the home's database is encrypted from the start.");
        }
        if (DatabaseKey.isEncrypted(home)) {
            throw new StartRefusedException("The database of " + home.root() + " is already encrypted.");
        }
        requireClosed(file);
        try {
            ChangeFileEncryption.execute(home.data().toString(), "pipeline", "AES", null, key.fileKey(), true);
            FileModes.makePrivate(file);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot encrypt " + file + ": " + e.getMessage(), e);
        }
    }

    /** One line for status and backups: where the database is and whether it is encrypted. */
    public static String describe(HomeFolder home) {
        Path file = DatabaseKey.databaseFile(home);
        if (!Files.exists(file)) {
            return "Database: none yet in " + home.data();
        }
        return "Database: " + file + (DatabaseKey.isEncrypted(home) ? ", encrypted (AES; the key is kept outside the home)" : ", not encrypted");
    }

    /** H2 holds a lock on its open file (a POSIX lock, seen by other processes): taking it proves nobody has it open. */
    public static void requireClosed(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw inUse(file);
            }
        } catch (OverlappingFileLockException e) {
            throw inUse(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + file, e);
        }
    }

    private static StartRefusedException inUse(Path file) {
        return new StartRefusedException("The database " + file + " is open in another process (serve, run or status): stop it first.");
    }
}
