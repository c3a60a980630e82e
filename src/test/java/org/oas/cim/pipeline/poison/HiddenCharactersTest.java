package org.oas.cim.pipeline.poison;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oas.cim.pipeline.report.Cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An escape (a terminal's control sequence) and a right-to-left override in a file's name and cells are shown escaped in every form of its report. */
class HiddenCharactersTest {
    private static final String OVERRIDE = "\u202E";

    @TempDir
    Path folder;

    @Test
    void controlAndBidiCharactersAreShownEscaped() throws Exception {
        List<String> sample = Files.readAllLines(Path.of("input-samples/phase-1/DO_cuestionarios_2002.csv"), StandardCharsets.UTF_8);
        Path file = folder.resolve("DO_" + OVERRIDE + "vsc.csv");
        Files.writeString(file, String.join("\r\n", sample.get(0), sample.get(1),
                sample.get(2).replaceFirst("^[^;]*", "Nar\u001Bnia"), sample.get(3).replaceFirst("^[^;]*", OVERRIDE + "ainraN")) + "\r\n",
                StandardCharsets.UTF_8);
        Path out = folder.resolve("reports");

        Cli.Result result = Cli.run("validate", "--lang", "en", "--phase", "phase-1", "--out", out.toString(), file.toString());

        assertThat(result.out()).contains("DO_[U+202E]vsc.csv", "Nar[U+001B]nia", "[U+202E]ainraN");
        String csv = Files.readString(out.resolve(file.getFileName() + ".report.csv"));
        String html = Files.readString(out.resolve(file.getFileName() + ".report.html"));
        for (String shown : List.of(result.out(), csv, html)) {
            assertThat(shown).doesNotContain("\u001B", OVERRIDE).contains("[U+202E]ainraN");
        }
    }
}
