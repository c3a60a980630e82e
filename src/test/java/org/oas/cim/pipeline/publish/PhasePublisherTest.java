package org.oas.cim.pipeline.publish;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Reader;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A phase's files appear together: a reader finds one run's complete set, never a mix, even after a crash. */
class PhasePublisherTest {
    private static final String PHASE = "phase-1";
    private static final List<String> FILES = List.of("countries.csv", "datapackage.json", "estimates.csv", "findings.xlsx",
            "indicators.csv", "items.csv", "manifest.csv",
            "official_figures.csv", "options.csv", "quality.csv", "reliability.csv", "report.html", "sources.csv", "summary.csv");

    @TempDir
    Path out;

    private static List<Table> tables;
    private final PhasePublisher publisher = new PhasePublisher(PublishSettings.defaults());

    @BeforeAll
    static void mapFindings() {
        tables = new FindingsTables(WorkedExample.CODEBOOK, PublishSettings.defaults())
                .tables(WorkedExample.PHASE_1, WorkedExample.phase1(), WorkedExample.quality());
    }

    @Test
    void publishesEveryTableTheWorkbookTheManifestAndExtraFilesInThePhaseFolder() throws IOException {
        Path folder = publisher.publish(out, PHASE, run("run-1"));
        assertThat(folder).isEqualTo(out.resolve(PHASE));
        assertThat(fileNames(folder)).containsExactlyElementsOf(FILES);
        assertThat(Files.readString(folder.resolve("report.html"))).isEqualTo("<p>run-1</p>");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void theManifestNamesTheRunAndEveryInputFileWithItsHash() throws Exception {
        Manifest manifest = new Manifest("run-7", Instant.parse("2026-11-05T10:15:30Z"), List.of(
                new UsedFile("abc.txt", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", 12),
                new UsedFile("a-first.xlsx", "0".repeat(64), 3)));
        Path folder = publisher.publish(out.resolve("pub"), PHASE, new PublishedPhase(tables, manifest));
        List<String[]> rows = readCsv(folder.resolve(Manifest.FILE_NAME));
        assertThat(rows.get(0)).containsExactly("run_id", "run_time", "phase", "language", "disclosure_k", "file", "sha256", "rows_taken");
        assertThat(rows.get(1)).containsExactly("run-7", "2026-11-05T10:15:30Z", PHASE, "en", "3", "a-first.xlsx", "0".repeat(64), "3");
        assertThat(rows.get(2)).containsExactly("run-7", "2026-11-05T10:15:30Z", PHASE, "en", "3", "abc.txt",
                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", "12");
    }

    @Test
    void aSecondRunReplacesTheFirstWholeAndLeavesNothingBehind() throws IOException {
        publisher.publish(out, PHASE, run("run-1"));
        byte[] workbook = Files.readAllBytes(out.resolve(PHASE).resolve("findings.xlsx"));
        publisher.publish(out, PHASE, run("run-2"));
        assertThat(manifestRunIds(out.resolve(PHASE))).containsOnly("run-2");
        assertThat(Files.readString(out.resolve(PHASE).resolve("report.html"))).isEqualTo("<p>run-2</p>");
        // Same findings, same tables: only the manifest differs between runs.
        assertThat(Files.readAllBytes(out.resolve(PHASE).resolve("findings.xlsx"))).isEqualTo(workbook);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aStagingFolderLeftByACrashIsDiscardedAndTheNextRunPublishesWhole() throws IOException {
        publisher.publish(out, PHASE, run("run-1"));
        Path staging = Files.createDirectories(out.resolve("." + PHASE + ".staging"));
        Files.writeString(staging.resolve("indicators.csv"), "half a file from a crashed run");
        assertThat(manifestRunIds(out.resolve(PHASE))).containsOnly("run-1");

        publisher.publish(out, PHASE, run("run-2"));
        assertThat(fileNames(out.resolve(PHASE))).containsExactlyElementsOf(FILES);
        assertThat(manifestRunIds(out.resolve(PHASE))).containsOnly("run-2");
        assertThat(Files.readString(out.resolve(PHASE).resolve("indicators.csv"))).doesNotContain("crashed");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aCrashBetweenTheTwoRenamesIsRecoveredByPuttingTheOldRunBack() throws IOException {
        publisher.publish(out, PHASE, run("run-1"));
        Path live = out.resolve(PHASE);
        Path old = out.resolve("." + PHASE + ".old");
        Path staging = out.resolve("." + PHASE + ".staging");
        Files.move(live, old);
        Files.createDirectories(staging);

        PhasePublisher.recover(live, staging, old);
        assertThat(fileNames(live)).containsExactlyElementsOf(FILES);
        assertThat(manifestRunIds(live)).containsOnly("run-1");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aRunThatFailsWhileWritingLeavesThePreviousRunInPlace() throws IOException {
        publisher.publish(out, PHASE, run("run-1"));
        PhaseFile failing = new PhaseFile("report.html", o -> {
            throw new IOException("disk full");
        });
        PublishedPhase broken = new PublishedPhase(tables, manifest("run-2"), List.of(failing));
        assertThatThrownBy(() -> publisher.publish(out, PHASE, broken)).isInstanceOf(IOException.class).hasMessage("disk full");
        assertThat(fileNames(out.resolve(PHASE))).containsExactlyElementsOf(FILES);
        assertThat(manifestRunIds(out.resolve(PHASE))).containsOnly("run-1");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aPhaseBeingPublishedCannotBePublishedAgainAtTheSameTime() throws IOException {
        Files.createDirectories(out);
        try (FileChannel channel = FileChannel.open(out.resolve("." + PHASE + ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = channel.lock()) {
            assertThat(held.isValid()).isTrue();
            assertThatThrownBy(() -> publisher.publish(out, PHASE, run("run-2"))).isInstanceOf(IllegalStateException.class);
        }
        assertThat(Files.exists(out.resolve(PHASE))).isFalse();
    }

    @Test
    void filesThatWouldOverwriteEachOtherAreRefused() {
        PublishedPhase clash = new PublishedPhase(tables, manifest("run-1"), List.of(new PhaseFile("summary.csv", o -> { })));
        assertThatThrownBy(() -> publisher.publish(out, PHASE, clash)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> publisher.publish(out, "../elsewhere", run("run-1"))).isInstanceOf(IllegalArgumentException.class);
    }

    private static PublishedPhase run(String runId) {
        return new PublishedPhase(tables, manifest(runId),
                List.of(new PhaseFile("report.html", o -> o.write(("<p>" + runId + "</p>").getBytes(StandardCharsets.UTF_8)))));
    }

    private static Manifest manifest(String runId) {
        return new Manifest(runId, Instant.parse("2026-11-05T10:15:30Z"), List.of());
    }

    private static List<String> fileNames(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Anything beside the phase folders but the lock file. */
    private List<String> leftovers() throws IOException {
        return fileNames(out).stream().filter(n -> n.startsWith(".") && !n.endsWith(".lock")).toList();
    }

    private static List<String> manifestRunIds(Path folder) throws IOException {
        return readCsv(folder.resolve(Manifest.FILE_NAME)).stream().skip(1).map(r -> r[0]).toList();
    }

    private static List<String[]> readCsv(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVReader reader = new CSVReaderBuilder(in).withCSVParser(new RFC4180Parser()).build()) {
            List<String[]> rows = reader.readAll();
            rows.get(0)[0] = rows.get(0)[0].replace("\uFEFF", "");
            return rows;
        } catch (com.opencsv.exceptions.CsvException e) {
            throw new IOException(e);
        }
    }
}
