package org.oas.cim.pipeline.privacy;

import org.oas.cim.pipeline.system.HomeFolder;

import java.nio.file.Files;
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
}
