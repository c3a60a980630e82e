package org.oas.cim.pipeline.crash;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oas.cim.pipeline.cli.PipelineCommand;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A crash in the place step leaves a file moved into archive/ while the database still has it unplaced (the step's
 * transaction never committed). If a corrected file then arrives at the same inbox path, it must not be claimed into
 * processing/ before the earlier one's place is recorded: the place step, finding bytes at that path, would record
 * the revision's bytes as the earlier file's. The database state of that crash is made here directly (the kill
 * itself is {@link KillAndRestartTest}'s), then the real {@code run} command runs on it.
 */
class RevisionAfterInterruptedPlacementTest {
    private static final String FILE = "phase-1/DO_cuestionarios_2002.csv";

    @TempDir
    Path home;

    @Test
    void theEarlierFileIsPlacedBeforeItsRevisionIsClaimedAndEveryRecordPointsAtItsOwnBytes() throws Exception {
        Path inbox = home.resolve("inbox").resolve(FILE);
        Files.createDirectories(inbox.getParent());
        Files.copy(Path.of("input-samples").resolve(FILE), inbox);
        assertThat(run()).isZero();
        try (Connection db = database(); Statement sql = db.createStatement()) {
            sql.executeUpdate("UPDATE input_file SET final_path = NULL");
        }
        Files.copy(Path.of("input-samples").resolve(FILE), inbox);
        Files.writeString(inbox, "\r\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        assertThat(run()).isZero();

        Map<String, String> recorded = new TreeMap<>();
        try (Connection db = database(); Statement sql = db.createStatement();
             ResultSet rs = sql.executeQuery("SELECT final_path, sha256 FROM input_file")) {
            while (rs.next()) {
                recorded.put(rs.getString(1), rs.getString(2));
            }
        }
        assertThat(recorded).containsOnlyKeys("archive/" + FILE, "archive/phase-1/DO_cuestionarios_2002 (2).csv");
        for (Map.Entry<String, String> file : recorded.entrySet()) {
            assertThat(sha256(home.resolve(file.getKey()))).as("bytes at %s", file.getKey()).isEqualTo(file.getValue());
        }
        assertThat(inbox).doesNotExist();
    }

    private int run() {
        CommandLine command = new CommandLine(new PipelineCommand());
        command.setOut(new PrintWriter(new StringWriter(), true));
        return command.execute("run", "--home", home.toString(), "--settle", "100ms");
    }

    private Connection database() throws Exception {
        return DriverManager.getConnection("jdbc:h2:file:" + home.resolve("data/pipeline").toAbsolutePath()
                + ";AUTO_SERVER=TRUE;NON_KEYWORDS=VALUE,YEAR;IFEXISTS=TRUE", "sa", "");
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
