package org.oas.cim.pipeline.poison;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oas.cim.pipeline.report.Cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code validate} over the poison files: no stack trace, a report for every file, each with its true verdict. */
class PoisonFilesValidateTest {
    @TempDir
    Path folder;

    @Test
    void everyPoisonFileGetsAReportAndTheFilesAfterItAreChecked() throws Exception {
        Path files = folder.resolve("phase-1");
        Path longName = PoisonFiles.longName(files, 250);
        Path longSheet = PoisonFiles.longSheetName(files, 300);
        Path hugeRow = PoisonFiles.hugeRow(files, 1_200_000);
        Path valid = PoisonFiles.valid(files);
        Path out = folder.resolve("reports");

        Cli.Result result = Cli.run("validate", "--out", out.toString(), "--phase", "phase-1",
                longName.toString(), longSheet.toString(), hugeRow.toString(), valid.toString());

        assertThat(result.err()).as(result.err()).isEmpty();
        assertThat(result.exit()).isZero();
        try (Stream<Path> reports = Files.list(out)) {
            List<String> html = reports.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".report.html")).toList();
            assertThat(html).hasSize(4).allMatch(n -> n.getBytes(StandardCharsets.UTF_8).length <= 255)
                    .anyMatch(n -> n.startsWith("CR_xxxx") && n.contains("~"));
        }
        assertThat(result.out()).contains("CR_long_sheet.xlsx", "CR_huge_row.csv", "DO_cuestionarios_2002.csv");
    }

    @Test
    void aFileWhoseBytesAreNotWhatItsNameSaysIsToldWhatItIs() throws Exception {
        Path pdf = Files.write(folder.resolve("CR_cuestionarios.xlsx"), "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1));
        Path gzip = Files.write(folder.resolve("CR_cuestionarios.csv"), new byte[] {0x1F, (byte) 0x8B, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3});

        Cli.Result result = Cli.run("validate", pdf.toString(), gzip.toString());

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out()).contains("Files of this kind (PDF) cannot be read.", "Files of this kind (gzip) cannot be read.")
                .doesNotContain("kind (.xlsx)", "kind (.csv)");
    }

    @Test
    void nulBytesAtTheEndOfACsvAreNoRespondent() throws Exception {
        Path padded = folder.resolve("DO_cuestionarios_2002.csv");
        Files.write(padded, Files.readAllBytes(Path.of("input-samples/phase-1/DO_cuestionarios_2002.csv")));
        Files.write(padded, new byte[512], java.nio.file.StandardOpenOption.APPEND);

        Cli.Result result = Cli.run("validate", "--lang", "en", "--phase", "phase-1", padded.toString());

        assertThat(result.out()).containsPattern("Respondents taken: +3\\n").containsPattern("Rows not taken: +0\\n");
    }

    @Test
    void aMultiSelectCellWithSeveralUnknownPartsIsOneIssue() throws Exception {
        Path file = Files.writeString(folder.resolve("CR_cuestionarios.csv"), "País,Organización,Tipo de informante,P1,P3\r\n"
                + "Costa Rica,Casa Alianza,ONG,Sí,Pesca artesanal; Minería | Pesca artesanal\r\n", StandardCharsets.UTF_8);

        Cli.Result result = Cli.run("validate", "--lang", "en", "--phase", "phase-1", file.toString());

        assertThat(result.out().lines().filter(l -> l.contains("unknown-choice"))).singleElement()
                .satisfies(line -> assertThat(line).contains("E2"));
    }

    @Test
    void aUtf8FileWithABrokenByteIsReadAsUtf8AndWarnedAtTheLineOfTheFirstOne() throws Exception {
        byte[] utf8 = ("País,Organización,Tipo de informante,P1,P6\r\nCosta Rica,Casa Alianza,ONG,Sí,50-100\r\n")
                .getBytes(StandardCharsets.UTF_8);
        // A name typed in Windows-1252 into a UTF-8 file: the ó is one byte, 0xF3, which UTF-8 cannot read.
        byte[] latin = "Costa Rica,Fundación Paniamor,ONG,Sí,10\r\n".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        Path file = folder.resolve("CR_mezcla.csv");
        Files.write(file, utf8);
        Files.write(file, latin, java.nio.file.StandardOpenOption.APPEND);

        Cli.Result result = Cli.run("validate", "--lang", "en", "--phase", "phase-1", file.toString());

        assertThat(result.out()).containsPattern("Respondents taken: +2\\n")
                .contains("Warning · Sheet CR_mezcla · row 3 · encoding-error", "not valid UTF-8 text from line 3");
    }

    @Test
    void aWindows1252FileIsReadAsSuchAndTheReportSaysSo() throws Exception {
        Path file = Files.write(folder.resolve("CR_latin.csv"), ("País,Organización,Tipo de informante,P1,P6\r\n"
                + "Costa Rica,Fundación Paniamor,ONG,Sí,10\r\n").getBytes(java.nio.charset.Charset.forName("windows-1252")));

        Cli.Result result = Cli.run("validate", "--lang", "en", "--phase", "phase-1", file.toString());

        assertThat(result.out()).containsPattern("Respondents taken: +1\\n").doesNotContain("encoding-error")
                .contains("text-encoding", "it was read as Windows-1252");
        assertThat(result.out()).doesNotContain("Ã");
    }

    @Test
    void anInternalFailureHasAnExitCodeOfItsOwnThatHelpDocuments() {
        assertThat(Cli.run("--help").out()).containsPattern("70\\s+an internal failure of the program itself");
        assertThat(Cli.run("validate", "--help").out()).containsPattern("70\\s+an internal failure of the program itself, not a verdict");
    }
}
