package org.oas.cim.pipeline.poison;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oas.cim.pipeline.report.BadFiles;
import org.oas.cim.pipeline.report.Cli;
import org.oas.cim.pipeline.report.FileReport;
import org.oas.cim.pipeline.system.PipelineContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each kind of poison file through the real {@code run}, followed by a valid file: both runs succeed, the poison file
 * gets a verdict and a report with its bytes kept, the valid file is archived, and nothing stays in processing/.
 */
class PoisonFilesEndToEndTest {
    @TempDir
    Path home;

    @Test
    void aFileNameOfTwoHundredFiftyCharactersIsTaken() throws Exception {
        Path poison = PoisonFiles.longName(home.resolve("inbox/phase-1"), 250);

        runTwiceWithAValidFileAfter(poison);

        assertThat(placedUnder("archive")).anyMatch(p -> p.endsWith(poison.getFileName().toString()));
    }

    @Test
    void aLongFileNameSentAgainIsPlacedBesideTheFirst() throws Exception {
        Path first = PoisonFiles.longName(home.resolve("inbox/phase-1"), 250);
        Cli.Result run = Cli.run("run", "--home", home.toString(), "--settle", "0s");
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        // A revision: other bytes under the same name, which archive/ already holds, so the new copy gets a number.
        Path revision = BadFiles.xlsx(first, "Respuestas", new String[][] {
                {"País", "Organización", "Tipo de informante", "P1", "P6"}, {"Costa Rica", "Fundación Paniamor", "ONG", "Sí", "10"}});

        runTwiceWithAValidFileAfter(revision);

        assertThat(placedUnder("archive").stream().map(p -> p.getFileName().toString()).filter(n -> n.startsWith("CR_xxxx")))
                .hasSize(2).allMatch(n -> n.getBytes(StandardCharsets.UTF_8).length <= 255);
    }

    @Test
    void aSheetNameOfThreeHundredCharactersIsStoredInFull() throws Exception {
        Path poison = PoisonFiles.longSheetName(home.resolve("inbox/phase-1"), 300);

        runTwiceWithAValidFileAfter(poison);

        assertThat(placedUnder("archive")).anyMatch(p -> p.endsWith("CR_long_sheet.xlsx"));
    }

    @Test
    void aCsvRowOfMoreThanAMillionCharactersIsNotACrash() throws Exception {
        Path poison = PoisonFiles.hugeRow(home.resolve("inbox/phase-1"), 1_200_000);

        runTwiceWithAValidFileAfter(poison);

        assertThat(placedUnder("archive").stream().anyMatch(p -> p.endsWith("CR_huge_row.csv"))
                || placedUnder("rejected").stream().anyMatch(p -> p.endsWith("CR_huge_row.csv"))).isTrue();
    }

    /**
     * A write the database refuses (here a constraint the test adds to the real H2 file; on PostgreSQL a NUL character
     * in a cell is refused the same way) rejects that file alone, with a report, and the run goes on.
     */
    @Test
    void aRowTheDatabaseRefusesRejectsItsFileAloneAndTheRunGoesOn() throws Exception {
        try (ConfigurableApplicationContext context = PipelineContext.start(home, Path.of("jobs"), null, Map.of())) {
            context.getBean(JdbcTemplate.class).execute("ALTER TABLE raw_row ADD CONSTRAINT refused_here CHECK (cells NOT LIKE '%REFUSED%')");
        }
        Path poison = PoisonFiles.hugeRow(home.resolve("inbox/phase-1"), 10);
        Files.writeString(poison, Files.readString(poison).replace("aaaaaaaaaa", "REFUSED"));

        runTwiceWithAValidFileAfter(poison);

        Path rejected = home.resolve("rejected/phase-1/CR_huge_row.csv");
        assertThat(rejected).exists();
        assertThat(Files.readString(rejected.resolveSibling("CR_huge_row.csv.report.csv"))).contains("format-error");
    }

    /**
     * A file with thousands of distinct warnings (one per column of a very wide header) gets a report that lists
     * {@link FileReport#LISTED_ISSUES} of them and counts the rest exactly, in the file's language.
     */
    @Test
    void aReportListsABoundedNumberOfIssuesAndCountsTheRest() throws Exception {
        int extraColumns = 2_500;
        Path poison = PoisonFiles.wideHeader(home.resolve("inbox/phase-1"), extraColumns);

        runTwiceWithAValidFileAfter(poison);

        Path report = home.resolve("archive/phase-1/CR_wide_header.csv.report.csv");
        List<String> lines = Files.readAllLines(report, StandardCharsets.UTF_8);
        List<String> extraLabels = lines.stream().filter(l -> l.contains(",extra-label,")).toList();
        assertThat(extraLabels).hasSize(FileReport.LISTED_ISSUES + 1);
        // Spanish, as the file's words are: the unlisted count, then the cap, both with Spanish digit grouping.
        assertThat(extraLabels.get(extraLabels.size() - 1))
                .startsWith("Advertencia,,,,extra-label,Hay 1.500 problemas más con este código que no se listan")
                .contains("los primeros 1.000 problemas");
        assertThat(lines).contains("Advertencias," + extraColumns);
        assertThat(Files.size(report)).isLessThan(400_000);
        assertThat(Files.size(report.resolveSibling("CR_wide_header.csv.report.html"))).isLessThan(600_000);
    }

    private void runTwiceWithAValidFileAfter(Path poison) throws IOException {
        byte[] bytes = Files.readAllBytes(poison);
        PoisonFiles.valid(home.resolve("inbox/phase-1"));
        Cli.Result first = Cli.run("run", "--home", home.toString(), "--settle", "0s");
        Cli.Result second = Cli.run("run", "--home", home.toString(), "--settle", "0s");

        assertThat(first.exit()).as(() -> first.out() + first.err() + errorsLogged()).isZero();
        assertThat(second.exit()).as(() -> second.out() + second.err() + errorsLogged()).isZero();
        assertThat(placedUnder("archive")).anyMatch(p -> p.endsWith("DO_cuestionarios_2002.csv"));
        assertThat(placedUnder("processing")).isEmpty();
        // The poison file's bytes, kept as they came, wherever it was placed (a name taken before gets a number).
        Path placed = Stream.concat(placedUnder("archive").stream(), placedUnder("rejected").stream())
                .filter(p -> Arrays.equals(readBytes(p), bytes)).findFirst().orElseThrow();
        String start = placed.getFileName().toString().substring(0, Math.min(100, placed.getFileName().toString().length()));
        try (Stream<Path> beside = Files.list(placed.getParent())) {
            assertThat(beside.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith(start) && n.endsWith(".report.html"));
        }
    }

    private static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The log's lines that say what went wrong, to show why a run failed. */
    private String errorsLogged() {
        try (Stream<String> lines = Files.lines(home.resolve("logs/pipeline.log"))) {
            return String.join("\n", lines.filter(l -> l.contains("ERROR") || l.contains("Exception")).limit(20).toList());
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private List<Path> placedUnder(String folder) throws IOException {
        Path root = home.resolve(folder);
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().contains(".report.")).toList();
        }
    }
}
