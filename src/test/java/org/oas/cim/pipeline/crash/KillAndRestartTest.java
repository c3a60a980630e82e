package org.oas.cim.pipeline.crash;

import org.oas.cim.pipeline.RunsInChildJvms;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oas.cim.pipeline.postgres.RunState;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crash safety with a real process and a real {@code kill -9}. One home runs the samples plus a large questionnaire
 * uninterrupted; beside it, another runs the same inbox and is killed three times, each time restarted by a plain
 * {@code run}: right after claiming, in the middle of the large file (some records stored, the file undecided), and
 * in the middle of publication (one phase published, not all). The fourth run finishes. Both homes must then hold
 * the same rows, the same published tables byte for byte, and every researcher's file once in archive/ or rejected/.
 */
@RunsInChildJvms
class KillAndRestartTest {
    private static final Path SAMPLES = Path.of("input-samples");
    /** First in the inbox's order (Bolivia is only in phase-2: the country gives the phase), so ingested first. */
    private static final String LARGE_FILE = "Bolivia cuestionarios grande 2005.xlsx";
    private static final int LARGE_ROWS = 2000;
    private static final List<String> PHASES = List.of("phase-1", "phase-2", "caribbean");
    private static final Duration RUN_TIMEOUT = Duration.ofSeconds(180);

    @TempDir
    static Path base;

    private static Path reference;
    private static Path crashed;
    private static final List<PipelineProcess> started = new ArrayList<>();
    private static final List<String> killedAt = new ArrayList<>();
    private static final Map<String, Map<String, String>> sampleHomesAtKill = new TreeMap<>();
    private static int recordsDoneAtKill;
    private static final Map<String, Set<String>> visiblePhaseFilesAtKill = new TreeMap<>();
    private static int phasesPublishedAtKill;
    private static Map<String, String> inboxBytes;
    private static RunState referenceState;
    private static RunState crashedState;

    @BeforeAll
    static void runUninterruptedAndKilledThreeTimes() throws Exception {
        Path inbox = base.resolve("inbox-source");
        copySamples(inbox);
        LargeQuestionnaire.write(SAMPLES.resolve("phase-2/BO_cuestionarios_2005.xlsx"), "R5", inbox.resolve(LARGE_FILE), LARGE_ROWS);
        inboxBytes = digests(inbox);
        reference = home("reference", inbox);
        crashed = home("crashed", inbox);

        // The uninterrupted run goes on beside the others: the kills wait for states, not for times.
        PipelineProcess uninterrupted = start(reference, "uninterrupted");

        PipelineProcess first = start(crashed, "killed-after-claim");
        first.awaitWhileRunning("claim", RUN_TIMEOUT, () -> first.logCount("Claimed ") > 0);
        first.kill();
        observeKill("after-claim");

        PipelineProcess second = start(crashed, "killed-mid-file");
        second.awaitWhileRunning("claim", RUN_TIMEOUT, () -> second.logCount("Claimed ") > 0);
        try (Connection db = second.connect()) {
            second.awaitWhileRunning("stored records of the large file", RUN_TIMEOUT, () -> recordsDoneOfUndecided(db, LARGE_FILE) > 0);
            recordsDoneAtKill = recordsDoneOfUndecided(db, LARGE_FILE);
        }
        second.kill();
        observeKill("mid-file");

        PipelineProcess third = start(crashed, "killed-mid-publication");
        third.awaitWhileRunning("a published phase", RUN_TIMEOUT, () -> third.logCount("Published phase ") > 0);
        third.kill();
        phasesPublishedAtKill = third.logCount("Published phase ");
        observeKill("mid-publication");
        for (String phase : PHASES) {
            Path folder = crashed.resolve("out").resolve(phase);
            if (Files.isDirectory(folder)) {
                visiblePhaseFilesAtKill.put(phase, fileNames(folder));
            }
        }

        start(crashed, "restarted").awaitSuccess(RUN_TIMEOUT);
        uninterrupted.awaitSuccess(RUN_TIMEOUT);
        referenceState = state(reference);
        crashedState = state(crashed);
    }

    @AfterAll
    static void leaveNoProcessBehind() throws InterruptedException {
        for (PipelineProcess process : started) {
            process.killIfAlive();
        }
    }

    private static PipelineProcess start(Path home, String name) throws IOException {
        PipelineProcess process = PipelineProcess.start(home, name);
        started.add(process);
        return process;
    }

    @Test
    void theKillsFellWhereIntended() {
        assertThat(killedAt).containsExactly("after-claim", "mid-file", "mid-publication");
        assertThat(recordsDoneAtKill).as("records of the large file stored before the kill").isBetween(1, LARGE_ROWS - 1);
        assertThat(phasesPublishedAtKill).as("phases published before the kill").isBetween(1, PHASES.size() - 1);
    }

    /** At every kill, every file that arrived is in exactly one of inbox/, processing/, archive/, rejected/, unchanged. */
    @Test
    void noResearchersFileIsLostOrChangedAtAnyKill() {
        assertThat(sampleHomesAtKill).hasSize(3);
        sampleHomesAtKill.forEach((kill, found) -> assertThat(found).as("files after the kill %s", kill).isEqualTo(inboxBytes));
    }

    @Test
    void aPhaseFolderVisibleAtTheKillHeldOneRunsCompleteFiles() {
        assertThat(visiblePhaseFilesAtKill).as("phases published before the kill").isNotEmpty();
        visiblePhaseFilesAtKill.forEach((phase, files) ->
                assertThat(files).as(phase).isEqualTo(fileNames(reference.resolve("out").resolve(phase))));
    }

    @Test
    void theRestartedHomeHoldsTheRowsOfTheUninterruptedRun() {
        assertThat(crashedState.inputFiles()).hasSize(40).isEqualTo(referenceState.inputFiles());
        assertThat(crashedState.respondentsPerFile()).containsEntry(LARGE_FILE, (long) LARGE_ROWS)
                .isEqualTo(referenceState.respondentsPerFile());
        assertThat(crashedState.respondents()).isEqualTo(referenceState.respondents());
        assertThat(crashedState.answers()).hasSizeGreaterThan(LARGE_ROWS).isEqualTo(referenceState.answers());
        assertThat(crashedState.issues()).isEqualTo(referenceState.issues());
    }

    @Test
    void theRestartedHomePublishedByteIdenticalTables() {
        assertThat(crashedState.published().keySet()).contains("phase-2/indicators.csv", "restricted/phase-2/evidence.csv");
        assertThat(crashedState.published()).isEqualTo(referenceState.published());
    }

    @Test
    void everyFileRestsOnceInArchiveOrRejectedAndNothingIsLeftBehind() {
        assertThat(crashedState.unplaced()).isEmpty();
        assertThat(referenceState.unplaced()).isEmpty();
        Map<String, String> samples = new TreeMap<>();
        crashedState.placed().forEach((path, sha) -> {
            if (!isReport(path)) {
                samples.put(path.substring(path.indexOf('/') + 1), sha);
            }
        });
        assertThat(samples).isEqualTo(inboxBytes);
        assertThat(crashedState.placed().keySet()).isEqualTo(referenceState.placed().keySet());
    }

    private static void observeKill(String kill) throws IOException {
        killedAt.add(kill);
        Map<String, String> found = new TreeMap<>();
        for (String folder : List.of("inbox", "processing", "archive", "rejected")) {
            digests(crashed.resolve(folder)).forEach((path, sha) -> {
                if (!isReport(path) && found.put(path, sha) != null) {
                    found.put(path, "twice, second time in " + folder);
                }
            });
        }
        sampleHomesAtKill.put(killedAt.size() + "-" + kill, found);
    }

    /** The reports the pipeline writes beside each file ({@code <file>.report.csv}, {@code .report.html}, ...). */
    private static boolean isReport(String path) {
        return path.contains(".report.");
    }

    private static int recordsDoneOfUndecided(Connection db, String relativePath) {
        try (PreparedStatement query = db.prepareStatement(
                "SELECT records_done FROM input_file WHERE relative_path = ? AND status = 'CLAIMED'")) {
            query.setString(1, relativePath);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RunState state(Path home) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + home.resolve("data/pipeline").toAbsolutePath()
                + ";NON_KEYWORDS=VALUE,YEAR;IFEXISTS=TRUE", "sa", "")) {
            return RunState.read(home, db);
        }
    }

    private static Path home(String name, Path inbox) throws IOException {
        Path home = base.resolve(name);
        Files.createDirectories(home.resolve("data"));
        copyTree(inbox, home.resolve("inbox"));
        return home;
    }

    private static void copySamples(Path inbox) throws IOException {
        copyTree(SAMPLES, inbox);
        Files.delete(inbox.resolve("README.md"));
        Files.delete(inbox.resolve("expected.csv"));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    /** Every regular file under a folder, by relative path, with its SHA-256. */
    private static Map<String, String> digests(Path root) throws IOException {
        Map<String, String> digests = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return digests;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                digests.put(root.relativize(file).toString().replace('\\', '/'), sha256(file));
            }
        }
        return digests;
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> fileNames(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
