package org.oas.cim.pipeline.privacy;

import org.oas.cim.pipeline.StoredAnswers;

import org.oas.cim.pipeline.system.DatabaseKey;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * H2's file encryption: an existing home encrypted by {@code encrypt}, and a new home encrypted from its first run by
 * one setting (the key file). Without the key the file gives away no name; with it, every row and table is the same.
 */
class EncryptedHomeTest {
    private static final Path SAMPLES = Path.of("input-samples");
    private static final String KEY = "k3y-" + UUID.randomUUID();
    private static final String ROWS = "SELECT r.pseudonym, r.country, r.answers FROM respondent r ORDER BY r.id";

    @TempDir
    static Path plainHome;
    @TempDir
    static Path newHome;
    @TempDir
    static Path keys;

    private static Set<String> names;
    private static Map<String, byte[]> plainTables;
    private static List<String> rowsBeforeEncryption;
    private static List<String> namesInThePlainFile;
    private static HomeFiles.Result encrypt;
    private static PipelineJvm.Result newHomeRun;
    private static Path keyFile;

    @BeforeAll
    static void encryptAnExistingHomeAndMakeANewOneEncrypted() throws Exception {
        names = SamplePersonalData.under(SAMPLES);
        keyFile = Files.writeString(keys.resolve("db.key"), KEY + "\n");
        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
        // The new encrypted home runs in a JVM of its own, beside the plain home's run in this one.
        CompletableFuture<PipelineJvm.Result> newHomeRunning = CompletableFuture.supplyAsync(() -> runNewHome());

        assertThat(HomeFiles.command("run", "--home", plainHome.toString(), "--copy-from", SAMPLES.toString(), "--settle", "100ms").exit()).isZero();
        plainTables = HomeFiles.publishedTables(plainHome);
        rowsBeforeEncryption = rows(plainHome, "");
        namesInThePlainFile = HomeFiles.valuesIn(database(plainHome), names);
        System.setProperty(DatabaseKey.KEY_FILE_SETTING, keyFile.toString());
        encrypt = HomeFiles.command("encrypt", "--home", plainHome.toString());

        newHomeRun = newHomeRunning.join();
    }

    private static PipelineJvm.Result runNewHome() {
        try {
            return PipelineJvm.run("022", Map.of(DatabaseKey.KEY_FILE_VARIABLE, keyFile.toString()),
                    "run", "--home", newHome.toString(), "--copy-from", SAMPLES.toString(), "--settle", "100ms");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void forgetTheKey() {
        System.clearProperty(DatabaseKey.KEY_FILE_SETTING);
    }

    @Test
    void encryptingAnExistingHomeHidesEveryNameAndKeepsEveryRow() throws Exception {
        assertThat(namesInThePlainFile).as("the plain file holds the raw rows' names (else this test proves nothing)").isNotEmpty();
        assertThat(encrypt.exit()).as(encrypt.err()).isZero();
        assertThat(DatabaseKey.isEncrypted(new org.oas.cim.pipeline.system.HomeFolder(plainHome))).isTrue();
        assertThat(HomeFiles.valuesIn(database(plainHome), names)).isEmpty();
        assertThatThrownBy(() -> rows(plainHome, null)).isInstanceOf(SQLException.class);
        assertThat(rows(plainHome, KEY)).isEqualTo(rowsBeforeEncryption);

        HomeFiles.Result status = HomeFiles.command("status", "--home", plainHome.toString());
        assertThat(status.exit()).as(status.err()).isZero();
        assertThat(status.out()).contains("encrypted (AES");
        assertThat(HomeFiles.command("encrypt", "--home", plainHome.toString()).err()).contains("already encrypted");
    }

    @Test
    void aNewHomeGivenAKeyIsEncryptedFromTheStartAndPublishesTheSameTables() throws Exception {
        assertThat(newHomeRun.exit()).as(newHomeRun.output()).isZero();
        assertThat(DatabaseKey.isEncrypted(new org.oas.cim.pipeline.system.HomeFolder(newHome))).isTrue();
        assertThat(HomeFiles.valuesIn(database(newHome), names)).isEmpty();
        Map<String, byte[]> tables = HomeFiles.publishedTables(newHome);
        assertThat(tables.keySet()).isEqualTo(plainTables.keySet()).isNotEmpty();
        tables.forEach((name, bytes) -> assertThat(bytes).as(name).isEqualTo(plainTables.get(name)));
    }

    @Test
    void withoutItsKeyAHomeRefusesToOpenAndTheKeyIsNeverWrittenDown() throws Exception {
        PipelineJvm.Result withoutKey = PipelineJvm.run("022", Map.of(), "status", "--home", newHome.toString());
        assertThat(withoutKey.exit()).isEqualTo(1);
        assertThat(withoutKey.output()).contains("is encrypted: give its key");
        PipelineJvm.Result withKey = PipelineJvm.run("022", Map.of(DatabaseKey.KEY_VARIABLE, KEY), "status", "--home", newHome.toString());
        assertThat(withKey.exit()).as(withKey.output()).isZero();
        assertThat(withKey.output()).contains("encrypted (AES").doesNotContain(KEY);
        assertThat(newHomeRun.output()).doesNotContain(KEY);
        for (Path home : List.of(plainHome, newHome)) {
            assertThat(Files.readString(home.resolve("logs/pipeline.log"))).doesNotContain(KEY);
        }
    }

    private static Path database(Path home) {
        return home.resolve("data/pipeline.mv.db");
    }

    /** The answers with their pseudonyms, opened directly: key null means without the cipher. */
    private static List<String> rows(Path home, String key) throws SQLException {
        String url = "jdbc:h2:file:" + home.resolve("data/pipeline") + ";IFEXISTS=TRUE;NON_KEYWORDS=VALUE,YEAR" + (key == null || key.isEmpty() ? "" : ";CIPHER=AES");
        String password = key == null || key.isEmpty() ? "" : key + " ";
        try (Connection db = DriverManager.getConnection(url, "sa", password)) {
            return StoredAnswers.of(db, ROWS).stream().map(StoredAnswers.Row::line).toList();
        }
    }
}
