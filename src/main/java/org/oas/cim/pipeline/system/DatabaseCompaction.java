package org.oas.cim.pipeline.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Rewrites a closed H2 file whole ({@code SHUTDOWN COMPACT}): H2 keeps old versions of pages in its file, so text a
 * purge removed would otherwise stay readable in the file's bytes. Opened without AUTO_SERVER, so that a process
 * that opened the database meanwhile makes this fail instead of having its database shut under it.
 */
public final class DatabaseCompaction {
    private static final Logger log = LoggerFactory.getLogger(DatabaseCompaction.class);
    /**
     * Below this share of live pages (percent) a closed file is rewritten. H2 writes every commit's pages anew and
     * frees the old ones only as it finds time: a long ingest leaves most of the file dead (7.7 GB for 1 GB of data
     * measured at 400,000 respondents), more than its bounded compaction on close can take back.
     */
    private static final int LEAST_FILL_RATE = 80;

    private DatabaseCompaction() {
    }

    /**
     * A file that grew by less than this since its last rewrite is left as it is: rewriting it would take longer than
     * the room it gives back is worth.
     */
    private static final long LEAST_GROWTH_BYTES = 32L << 20;
    /** Beside the file: its size in bytes after its last rewrite (none yet: never rewritten). */
    private static final String REWRITTEN_SIZE_SUFFIX = ".compacted";

    /**
     * After a command that wrote much ({@code run}, {@code ingest}) has closed its context: rewrites the H2 file whole
     * where over a fifth of it is dead pages, or where it grew by half since its last rewrite, so that the file stays
     * the size of its data. Nothing happens on PostgreSQL, or where another process has the file open (it is left as
     * it is; the next command compacts it).
     */
    public static void compactIfWasteful(Environment environment, HomeFolder folder) {
        String url = environment.getProperty("spring.datasource.url");
        if (url == null || !url.startsWith("jdbc:h2:file:")) {
            return;
        }
        String base = fileBase(url);
        Path file = Path.of(base + ".mv.db");
        String alone = url.replaceAll("(?i);AUTO_SERVER=TRUE", "") + ";IFEXISTS=TRUE";
        try (Connection connection = DriverManager.getConnection(alone, environment.getProperty("spring.datasource.username"),
                environment.getProperty("spring.datasource.password")); Statement statement = connection.createStatement()) {
            int fillRate = fillRate(statement);
            long before = Files.size(file);
            if (!wasteful(fillRate, before, lastRewrittenSize(base)) || otherSessions(statement)) {
                return;
            }
            CrashPoints.reached("compacting the database file");
            // H2 writes the compacted copy beside the file and moves it over the file in one step: a kill midway
            // leaves the old file whole.
            statement.execute("SHUTDOWN COMPACT");
            rememberRewrittenSize(base);
            new PrivateHome(folder).tighten();
            log.info("Compacted the database file ({}% of it was live): {} MB, now {} MB", fillRate, before >> 20, Files.size(file) >> 20);
        } catch (SQLException | IOException e) {
            log.info("The database file was left as it is ({}); the next command that writes compacts it",
                    e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /**
     * Whether a file is worth rewriting. H2's fill rate counts dead pages, not the room inside live ones: an ingest
     * splits pages as its rows arrive and leaves most of them half full, which only a rewrite packs (the file of
     * bench ingest, 50,000 + 50,000 respondents: 91 % live by H2's count, 295 MB, 144 MB once rewritten). So a file
     * that grew by half since its last rewrite is rewritten too.
     *
     * @param lastRewrittenSize the file's size after its last rewrite, 0 if it never was
     */
    static boolean wasteful(int fillRate, long size, long lastRewrittenSize) {
        boolean grewByHalf = size - lastRewrittenSize >= LEAST_GROWTH_BYTES && size >= lastRewrittenSize * 3 / 2;
        return fillRate < LEAST_FILL_RATE || grewByHalf;
    }

    /** The H2 file's path without its {@code .mv.db}, as its URL gives it. */
    private static String fileBase(String url) {
        return url.substring("jdbc:h2:file:".length()).split(";", 2)[0];
    }

    /** 0 where the file was never rewritten, or the record of it cannot be read (a rewrite then sets it right). */
    private static long lastRewrittenSize(String base) {
        try {
            return Long.parseLong(Files.readString(Path.of(base + REWRITTEN_SIZE_SUFFIX)).trim());
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    /** Where the record cannot be written, the next command that finds the file grown by half rewrites it again. */
    private static void rememberRewrittenSize(String base) {
        try {
            Files.writeString(Path.of(base + REWRITTEN_SIZE_SUFFIX), Long.toString(Files.size(Path.of(base + ".mv.db"))));
        } catch (IOException e) {
            log.warn("Could not record the compacted database file's size ({}): the next command may compact it again", e.getMessage());
        }
    }

    /**
     * Whether another connection has the database open: one of this JVM (which a connection without AUTO_SERVER
     * joins, and {@code SHUTDOWN} would close under it) or a client of the server. It is then left as it is.
     */
    private static boolean otherSessions(Statement statement) throws SQLException {
        try (ResultSet sessions = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS")) {
            return sessions.next() && sessions.getLong(1) > 1;
        }
    }

    /**
     * The percentage of the file that live pages fill: H2 reports how full the file is with chunks
     * ({@code FILL_RATE}) and how much of the chunks is live ({@code CHUNKS_FILL_RATE}).
     */
    static int fillRate(Statement statement) throws SQLException {
        int rate = 100;
        try (ResultSet rates = statement.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS "
                + "WHERE SETTING_NAME IN ('info.FILL_RATE', 'info.CHUNKS_FILL_RATE')")) {
            while (rates.next()) {
                rate = rate * Integer.parseInt(rates.getString(1).trim()) / 100;
            }
        }
        return rate;
    }

    /** @return false where the URL is not an H2 file (PostgreSQL: VACUUM FULL is the server operator's) */
    public static boolean compact(String url, String user, String password) {
        if (url == null || !url.startsWith("jdbc:h2:file:")) {
            return false;
        }
        String alone = url.replaceAll("(?i);AUTO_SERVER=TRUE", "") + ";IFEXISTS=TRUE";
        try (Connection connection = DriverManager.getConnection(alone, user, password); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
            rememberRewrittenSize(fileBase(url));
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("The purge is done, but the database file could not be compacted (" + e.getMessage().lines().findFirst().orElse("")
                    + "): until it is, removed text may remain in its unused pages. Stop every other command and purge again.", e);
        }
    }
}
