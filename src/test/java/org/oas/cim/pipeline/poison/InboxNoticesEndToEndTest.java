package org.oas.cim.pipeline.poison;

import com.opencsv.CSVReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oas.cim.pipeline.report.Cli;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Entries of the inbox the pipeline must not read (a link to a file, a link to a folder, a pipe, a hidden name, a
 * file it may not read) through the real {@code run}, twice: both runs succeed, the valid file beside them is taken,
 * each entry stays where it was, is listed in {@code _notices.csv} in the researchers' language, logged once, and
 * shown by {@code status}.
 */
class InboxNoticesEndToEndTest {
    @TempDir
    Path home;
    @TempDir
    Path elsewhere;

    @Test
    void entriesThatCannotBeReadAreLeftWithANoticeAndTheRunGoesOn() throws Exception {
        Path phase = home.resolve("inbox/phase-1");
        Path valid = PoisonFiles.valid(phase);
        Path outside = Files.copy(valid, elsewhere.resolve("outside.csv"));
        Files.createSymbolicLink(phase.resolve("link.csv"), outside);
        Files.createSymbolicLink(phase.resolve("linked-folder"), elsewhere);
        Path pipe = phase.resolve("pipe.csv");
        assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()).isZero();
        Path hidden = Files.copy(outside, phase.resolve("..JM..pathdots...csv"));
        Path unreadable = Files.copy(outside, phase.resolve("unreadable.csv"));
        Files.setPosixFilePermissions(unreadable, PosixFilePermissions.fromString("---------"));
        // Root reads every file whatever its mode: there the unreadable file is simply taken.
        boolean modesApply = !Files.isReadable(unreadable);

        Cli.Result first = Cli.run("run", "--home", home.toString(), "--settle", "0s", "--lang", "es");
        Cli.Result second = Cli.run("run", "--home", home.toString(), "--settle", "0s", "--lang", "es");

        assertThat(first.exit()).as(first.out() + first.err()).isZero();
        assertThat(second.exit()).as(second.out() + second.err()).isZero();
        assertThat(home.resolve("archive/phase-1/DO_cuestionarios_2002.csv")).exists();
        assertThat(phase.resolve("link.csv")).isSymbolicLink();
        assertThat(phase.resolve("linked-folder")).isSymbolicLink();
        assertThat(pipe).exists();
        assertThat(hidden).exists();
        try (var left = Files.walk(home.resolve("processing"))) {
            assertThat(left.filter(Files::isRegularFile)).isEmpty();
        }

        Map<String, String[]> notices = notices();
        assertThat(notices.get("phase-1/link.csv")).containsExactly("phase-1/link.csv",
                "Es un enlace (acceso directo), y el sistema no sigue enlaces.",
                "Ponga el archivo mismo en la bandeja de entrada, no un enlace a él.");
        assertThat(notices.get("phase-1/linked-folder")[1]).startsWith("Es un enlace");
        assertThat(notices.get("phase-1/pipe.csv")[1]).isEqualTo("No es un archivo común (una tubería, un dispositivo o un socket).");
        assertThat(notices.get("phase-1/..JM..pathdots...csv")[1]).startsWith("Su nombre empieza con un punto");
        assertThat(notices.containsKey("phase-1/unreadable.csv")).isEqualTo(modesApply);
        assertThat(notices).hasSize(modesApply ? 5 : 4);

        String log = Files.readString(home.resolve("logs/pipeline.log"));
        assertThat(log.lines().filter(l -> l.contains("Left in the inbox: phase-1/pipe.csv"))).hasSize(1);
        Cli.Result status = Cli.run("status", "--home", home.toString());
        assertThat(status.out()).contains("Left in the inbox", "phase-1/link.csv: a link (shortcut): links are not followed",
                "phase-1/pipe.csv: not a file (a pipe, a device or a socket)");
    }

    private Map<String, String[]> notices() throws Exception {
        try (Reader in = Files.newBufferedReader(home.resolve("inbox/_notices.csv"), StandardCharsets.UTF_8);
             CSVReader csv = new CSVReader(in)) {
            List<String[]> rows = csv.readAll();
            assertThat(rows.get(0)).containsExactly("\uFEFFArchivo en la bandeja de entrada", "Por qué no se tomó", "Qué hacer");
            return rows.subList(1, rows.size()).stream().collect(Collectors.toMap(r -> r[0], Function.identity()));
        }
    }
}
