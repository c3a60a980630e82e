package org.oas.cim.pipeline.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Rewrites a closed H2 file whole ({@code SHUTDOWN COMPACT}): H2 keeps old versions of pages in its file, so text a
 * purge removed would otherwise stay readable in the file's bytes. Opened without AUTO_SERVER, so that a process
 * that opened the database meanwhile makes this fail instead of having its database shut under it.
 */
public final class DatabaseCompaction {
    private DatabaseCompaction() {
    }

    /** @return false where the URL is not an H2 file (PostgreSQL: VACUUM FULL is the server operator's) */
    public static boolean compact(String url, String user, String password) {
        if (url == null || !url.startsWith("jdbc:h2:file:")) {
            return false;
        }
        String alone = url.replaceAll("(?i);AUTO_SERVER=TRUE", "") + ";IFEXISTS=TRUE";
        try (Connection connection = DriverManager.getConnection(alone, user, password); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("The purge is done, but the database file could not be compacted (" + e.getMessage().lines().findFirst().orElse("")
                    + "): until it is, removed text may remain in its unused pages. Stop every other command and purge again.", e);
        }
    }
}
