package org.oas.cim.pipeline.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar, started from an empty folder as an operator who installed only the jar would: it runs on the
 * jobs/ built into it, then on the home folder's copy once {@code init} wrote one, and on {@code --jobs} above both.
 */
class JarRunsAnywhereIT {
    private static final Path JAR = Path.of("target/research-pipeline.jar").toAbsolutePath();
    private static final Path SAMPLE = Path.of("input-samples/Belize NGO questionnaires.xlsx").toAbsolutePath();

    @TempDir
    Path empty;

    record Outcome(int exit, String out, String err) {
    }

    @Test
    void runsOnTheBuiltInJobsThenOnInitsCopyThenOnJobsGiven() throws Exception {
        Path inbox = Files.createDirectories(empty.resolve("drop"));
        Files.copy(SAMPLE, inbox.resolve(SAMPLE.getFileName()));

        Outcome run = jar("run", "--home", "home", "--copy-from", "drop");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("jobs/: the defaults built into the jar");
        assertThat(run.err()).as("nothing but the commands' own lines: no warning, no trace").isEmpty();
        assertThat(empty.resolve("home/out/phase-1/indicators.csv")).isRegularFile();

        Outcome init = jar("init", "--home", "home");
        assertThat(init.exit()).as(init.err()).isZero();
        Path copy = empty.resolve("home/jobs").toRealPath();
        assertThat(copy.resolve("codebooks/questionnaire.csv")).isRegularFile();
        assertThat(jar("status", "--home", "home").out()).contains("jobs/: " + copy + " (the home folder's copy)");

        // The copy is what is read: a mistake in it stops the command, naming the copy's file.
        Files.writeString(copy.resolve("phases.yml"), "phases: [");
        Outcome broken = jar("status", "--home", "home");
        assertThat(broken.exit()).isEqualTo(2);
        assertThat(broken.err().strip()).startsWith("jobs/: " + copy.resolve("phases.yml")).doesNotContain("\n");

        Path given = empty.resolve("given");
        Outcome again = jar("init", "--home", "other");
        assertThat(again.exit()).isZero();
        Files.move(empty.resolve("other/jobs"), given);
        Outcome withJobs = jar("run", "--home", "home", "--jobs", "given");
        assertThat(withJobs.exit()).as(withJobs.err()).isZero();
        assertThat(withJobs.out()).contains("jobs/: " + given.toRealPath() + " (--jobs)");
        assertThat(withJobs.err()).isEmpty();
    }

    private Outcome jar(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(empty, "out", ".txt");
        Path err = Files.createTempFile(empty, "err", ".txt");
        Process process = new ProcessBuilder(command).directory(empty.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("finished").isTrue();
        return new Outcome(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
