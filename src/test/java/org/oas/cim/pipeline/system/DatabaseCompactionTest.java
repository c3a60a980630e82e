package org.oas.cim.pipeline.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Base64;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The H2 file after a command that wrote much: rewritten where dead pages fill it, left alone otherwise. */
class DatabaseCompactionTest {
    @TempDir
    Path root;

    @Test
    void aFileMostlyOfDeadPagesIsRewrittenToTheSizeOfItsDataAndKeptOwnerOnly() throws Exception {
        HomeFolder folder = new HomeFolder(root).create();
        String url = url(folder);
        Path file = writeDeadPages(url, folder);
        long before = Files.size(file);

        DatabaseCompaction.compactIfWasteful(environment(url), folder);

        assertThat(Files.size(file)).isLessThan(before / 2);
        assertThat(fillRate(url)).isGreaterThanOrEqualTo(80);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (Connection db = DriverManager.getConnection(url, "sa", ""); Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*), MIN(cells) FROM answer")) {
            rows.next();
            assertThat(rows.getLong(1)).isEqualTo(2000);
            assertThat(rows.getString(2)).startsWith("round 9 ");
        }
    }

    @Test
    void aFileOfLivePagesIsRewrittenOnceItGrewByHalfSinceItsLastRewrite() throws Exception {
        HomeFolder folder = new HomeFolder(root).create();
        String url = url(folder);
        Path file = writeLivePages(url, folder, 40);
        Path record = folder.data().resolve("pipeline.compacted");
        assertThat(fillRate(url)).as("by H2's count, nothing to win").isGreaterThanOrEqualTo(80);

        DatabaseCompaction.compactIfWasteful(environment(url), folder);

        assertThat(record).as("never rewritten, and over 32 MB: rewritten").exists();
        assertThat(Long.parseLong(Files.readString(record))).isEqualTo(Files.size(file));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(record))).isEqualTo("rw-------");
        long aMegabyteAgo = Files.size(file) - (1 << 20);
        Files.writeString(record, Long.toString(aMegabyteAgo));
        DatabaseCompaction.compactIfWasteful(environment(url), folder);
        assertThat(Long.parseLong(Files.readString(record))).as("grown by a megabyte only: left as it is").isEqualTo(aMegabyteAgo);
    }

    @Test
    void aFileIsWorthRewritingWhenMostlyDeadOrGrownByHalfAndBy32Megabytes() {
        long megabyte = 1 << 20;
        assertThat(DatabaseCompaction.wasteful(79, 10 * megabyte, 10 * megabyte)).isTrue();
        assertThat(DatabaseCompaction.wasteful(91, 295 * megabyte, 0)).isTrue();
        assertThat(DatabaseCompaction.wasteful(91, 295 * megabyte, 144 * megabyte)).isTrue();
        assertThat(DatabaseCompaction.wasteful(91, 295 * megabyte, 200 * megabyte)).as("grown by less than half").isFalse();
        assertThat(DatabaseCompaction.wasteful(91, 31 * megabyte, 0)).as("too small to be worth it").isFalse();
        assertThat(DatabaseCompaction.wasteful(91, 40 * megabyte, 20 * megabyte)).as("grown by 20 MB only").isFalse();
    }

    @Test
    void aDatabaseAnotherConnectionHoldsOpenIsLeftAsItIs() throws Exception {
        HomeFolder folder = new HomeFolder(root).create();
        String url = url(folder);
        Path file = writeDeadPages(url, folder);
        long before = Files.size(file);
        try (Connection held = DriverManager.getConnection(url, "sa", ""); Statement statement = held.createStatement()) {

            DatabaseCompaction.compactIfWasteful(environment(url), folder);

            assertThat(held.isValid(1)).isTrue();
            statement.execute("INSERT INTO answer VALUES (5000, 'still open')");
        }
        assertThat(Files.size(file)).isGreaterThanOrEqualTo(before);
    }

    /** The URL of the home's database; its closing, unlike the pipeline's, takes no time to compact. */
    private static String url(HomeFolder folder) {
        return "jdbc:h2:file:" + folder.root().resolve("data/pipeline").toAbsolutePath() + ";AUTO_SERVER=TRUE;WRITE_DELAY=0;MAX_COMPACT_TIME=0";
    }

    /** What a long ingest leaves: every commit's pages written anew, most of them dead once the next one lands. */
    private static Path writeDeadPages(String url, HomeFolder folder) throws Exception {
        try (Connection db = DriverManager.getConnection(url, "sa", ""); Statement statement = db.createStatement()) {
            statement.execute("CREATE TABLE answer (id BIGINT PRIMARY KEY, cells VARCHAR(1000))");
            try (PreparedStatement insert = db.prepareStatement("MERGE INTO answer KEY (id) VALUES (?, ?)")) {
                for (int round = 0; round < 10; round++) {
                    for (int id = 0; id < 2000; id++) {
                        insert.setLong(1, id);
                        insert.setString(2, "round " + round + " " + "x".repeat(200));
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
            }
        }
        assertThat(fillRate(url)).as("the file holds mostly dead pages").isLessThan(80);
        return folder.root().resolve("data/pipeline.mv.db");
    }

    /** A file of rows packed by a rewrite of its own (not recorded beside it): H2 counts it all live. */
    private static Path writeLivePages(String url, HomeFolder folder, int megabytes) throws Exception {
        try (Connection db = DriverManager.getConnection(url, "sa", ""); Statement statement = db.createStatement()) {
            statement.execute("CREATE TABLE answer (id BIGINT PRIMARY KEY, cells VARCHAR(2000))");
            db.setAutoCommit(false);
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO answer VALUES (?, ?)")) {
                Random random = new Random(1);
                byte[] noise = new byte[750];
                for (int id = 0; id < megabytes * 1024; id++) {
                    random.nextBytes(noise);
                    insert.setLong(1, id);
                    // Text that does not compress, so that the packed file keeps the size of its rows.
                    insert.setString(2, Base64.getEncoder().encodeToString(noise));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            db.commit();
            statement.execute("SHUTDOWN COMPACT");
        }
        return folder.root().resolve("data/pipeline.mv.db");
    }

    private static int fillRate(String url) throws Exception {
        try (Connection db = DriverManager.getConnection(url, "sa", ""); Statement statement = db.createStatement()) {
            return DatabaseCompaction.fillRate(statement);
        }
    }

    private static StandardEnvironment environment(String url) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of("spring.datasource.url", url,
                "spring.datasource.username", "sa", "spring.datasource.password", "")));
        return environment;
    }
}
