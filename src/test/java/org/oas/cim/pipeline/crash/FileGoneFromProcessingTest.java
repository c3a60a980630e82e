package org.oas.cim.pipeline.crash;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oas.cim.pipeline.report.BadFiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run crashes after it decided two files but before it placed them; someone then deletes one of them from
 * processing/ by hand. The next runs go on: the other file is placed, the deleted one leaves its report and one log
 * line, and nothing is stuck.
 */
class FileGoneFromProcessingTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(180);

    @TempDir
    Path base;

    @Test
    void aClaimedFileDeletedByHandBeforeItIsPlacedStopsNoLaterRun() throws Exception {
        Path listedHome = homeWithTwoFiles("listed");
        PipelineProcess listed = PipelineProcess.start(listedHome, "listed", List.of("-Dpipeline.crash-points=list"), List.of("run"));
        listed.awaitSuccess(TIMEOUT);
        int placement = CrashDrill.first(CrashDrill.listed(listed.printed()), "the placement of");
        assertThat(placement).as("the run places files").isPositive();

        Path home = homeWithTwoFiles("crashed");
        PipelineProcess crashed = PipelineProcess.start(home, "crashed", List.of("-Dpipeline.crash-at=" + placement), List.of("run"));
        assertThat(crashed.awaitExit(TIMEOUT)).as(crashed.output()).isEqualTo(137);
        Path deleted = home.resolve("processing/phase-1/CR_bien.xlsx");
        Files.delete(deleted);

        PipelineProcess.start(home, "first").awaitSuccess(TIMEOUT);
        PipelineProcess.start(home, "second").awaitSuccess(TIMEOUT);

        assertThat(home.resolve("archive/phase-1/DO_cuestionarios_2002.csv")).exists();
        assertThat(home.resolve("archive/phase-1/CR_bien.xlsx")).doesNotExist();
        assertThat(home.resolve("archive/phase-1/CR_bien.xlsx.report.html")).exists();
        try (Stream<Path> left = Files.walk(home.resolve("processing"))) {
            assertThat(left.filter(Files::isRegularFile)).isEmpty();
        }
        try (Stream<String> log = Files.lines(home.resolve("logs/pipeline.log"))) {
            assertThat(log.filter(line -> line.contains("was removed from processing/ before it was placed"))).hasSize(1);
        }
    }

    private Path homeWithTwoFiles(String name) throws Exception {
        Path phase = Files.createDirectories(base.resolve(name).resolve("inbox/phase-1"));
        BadFiles.good(phase);
        Files.copy(Path.of("input-samples/phase-1/DO_cuestionarios_2002.csv"), phase.resolve("DO_cuestionarios_2002.csv"));
        return base.resolve(name);
    }
}
