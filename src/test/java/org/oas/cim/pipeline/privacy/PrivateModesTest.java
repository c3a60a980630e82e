package org.oas.cim.pipeline.privacy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The main job on {@code input-samples}, in a JVM started under {@code umask 000}: every folder that holds personal
 * data is 0700 with 0600 files, another account cannot read any of it, and the published tables stay readable.
 */
class PrivateModesTest {
    private static final List<String> PRIVATE = List.of("data", "processing", "archive", "rejected", "out/restricted", "logs", "tmp");
    /** Under target/ rather than a JUnit temporary folder (0700 itself): another account must be able to reach out/. */
    private static final Path HOME = Path.of("target", "privacy-homes", "modes-" + UUID.randomUUID()).toAbsolutePath();

    private static PipelineJvm.Result run;

    @BeforeAll
    static void runTheMainJobUnderUmask000() throws Exception {
        run = PipelineJvm.run("000", Map.of(), "run", "--home", HOME.toString(), "--copy-from", "input-samples", "--settle", "100ms");
    }

    @Test
    void personalDataIsOwnerOnlyWhateverTheUmask() throws Exception {
        assertThat(run.exit()).as(run.output()).isZero();
        List<Path> checked = new ArrayList<>();
        for (String folder : PRIVATE) {
            try (Stream<Path> paths = Files.walk(HOME.resolve(folder))) {
                for (Path path : paths.toList()) {
                    String expected = Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) ? "rwx------" : "rw-------";
                    assertThat(mode(path)).as(HOME.relativize(path).toString()).isEqualTo(expected);
                    checked.add(path);
                }
            }
        }
        assertThat(checked).as("the database, the log, archived files and their reports, the evidence")
                .contains(HOME.resolve("data/pipeline.mv.db"), HOME.resolve("logs/pipeline.log"),
                        HOME.resolve("archive/phase-1/CR_cuestionarios_2002.xlsx"), HOME.resolve("archive/phase-1/CR_cuestionarios_2002.xlsx.report.html"),
                        HOME.resolve("rejected/phase-1/PA_cuestionarios_2002.ods"), HOME.resolve("out/restricted/phase-1/evidence.csv"),
                        HOME.resolve("data/pseudonym.key"));
        assertThat(mode(HOME)).as("the home: nobody else may swap its folders").isEqualTo("rwxr-xr-x");
        assertThat(mode(HOME.resolve("out/phase-1"))).as("published tables").matches("r.xr.xr.x");
        assertThat(mode(HOME.resolve("out/phase-1/indicators.csv"))).as("a published table").matches("r..r..r..");
    }

    @Test
    void anotherAccountIsRefusedEveryProtectedPathButReadsThePublishedTables() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "needs root to act as another account");
        assertThat(run.exit()).as(run.output()).isZero();
        for (String folder : PRIVATE) {
            try (Stream<Path> paths = Files.walk(HOME.resolve(folder))) {
                for (Path path : paths.toList()) {
                    assertThat(PipelineJvm.readableBy("nobody", path)).as("nobody reads %s", HOME.relativize(path)).isFalse();
                }
            }
        }
        assertThat(PipelineJvm.readableBy("nobody", HOME.resolve("out/phase-1"))).isTrue();
        assertThat(PipelineJvm.readableBy("nobody", HOME.resolve("out/phase-1/indicators.csv"))).isTrue();
        assertThat(PipelineJvm.readableBy("nobody", HOME.resolve("out/phase-1/findings.xlsx"))).isTrue();
    }

    @Test
    void aStartTightensWhatOthersCanReadAndSaysSoOrRefusesWhenAskedTo() throws Exception {
        assertThat(run.exit()).as(run.output()).isZero();
        Path database = HOME.resolve("data/pipeline.mv.db");
        Path archived = HOME.resolve("archive/phase-2");
        Files.setPosixFilePermissions(database, PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(archived, PosixFilePermissions.fromString("rwxr-xr-x"));

        PipelineJvm.Result refused = PipelineJvm.run("022", Map.of("PIPELINE_PRIVACY_LOOSE_FILES", "refuse"), "status", "--home", HOME.toString());
        assertThat(refused.exit()).isNotZero();
        assertThat(refused.output()).contains("Other accounts can read", "archive/ 1", "data/ 1");
        assertThat(mode(database)).isEqualTo("rw-r--r--");

        long logBefore = Files.size(HOME.resolve("logs/pipeline.log"));
        PipelineJvm.Result tightened = PipelineJvm.run("022", Map.of(), "status", "--home", HOME.toString());
        assertThat(tightened.exit()).as(tightened.output()).isZero();
        assertThat(mode(database)).isEqualTo("rw-------");
        assertThat(mode(archived)).isEqualTo("rwx------");
        String log = Files.readString(HOME.resolve("logs/pipeline.log")).substring((int) logBefore);
        assertThat(log.lines().filter(line -> line.contains("now owner-only"))).singleElement().asString().contains("archive/ 1, data/ 1");
    }

    private static String mode(Path path) throws Exception {
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
        return PosixFilePermissions.toString(permissions);
    }
}
