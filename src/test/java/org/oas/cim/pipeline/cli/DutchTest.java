package org.oas.cim.pipeline.cli;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oas.cim.pipeline.report.Cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dutch wherever a file's language reaches a person: Suriname's questionnaires (in Dutch) get their report in
 * Dutch, {@code run --lang nl} publishes Dutch tables, page and data package, and {@code template --lang nl}
 * writes a Dutch template.
 */
class DutchTest {
    private static final Path SURINAME = Path.of("input-samples/caribbean/SR_vragenlijsten_2005.xlsx");

    @TempDir
    Path base;

    @Test
    void aDutchFileGetsItsReportInDutchAndRunLangNlPublishesInDutch() throws Exception {
        Path drop = Files.createDirectories(base.resolve("drop"));
        Files.copy(SURINAME, drop.resolve(SURINAME.getFileName()));
        Path home = base.resolve("home");

        Cli.Result run = Cli.run("run", "--home", home.toString(), "--copy-from", drop.toString(), "--lang", "nl", "--phase", "caribbean");

        assertThat(run.exit()).as(run.err()).isZero();
        Path report;
        try (Stream<Path> files = Files.walk(home.resolve("archive"))) {
            report = files.filter(f -> f.getFileName().toString().equals(SURINAME.getFileName() + ".report.csv")).findFirst().orElseThrow();
        }
        String reportText = Files.readString(report, StandardCharsets.UTF_8);
        assertThat(reportText).contains("Oordeel").contains("Overgenomen respondenten").doesNotContain("Respondents taken");
        String html = Files.readString(report.resolveSibling(SURINAME.getFileName() + ".report.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("Rapport over het bestand");

        Path tables = home.resolve("out/caribbean");
        assertThat(Files.readString(tables.resolve("indicators.csv"), StandardCharsets.UTF_8)).contains(",Suriname,").contains(",Ja,");
        assertThat(Files.readString(tables.resolve("report.html"), StandardCharsets.UTF_8)).contains("Bevindingen: ").contains("Wat de statussen betekenen");
        assertThat(Files.readString(tables.resolve("datapackage.json"), StandardCharsets.UTF_8)).contains("\"title\" : \"Bevindingen van caribbean\"");
        assertThat(XlsxText.of(tables.resolve("findings.xlsx"))).contains("Hoe deze bevindingen te lezen");
        assertThat(Files.readString(home.resolve("out/restricted/caribbean/answers.sps"), StandardCharsets.UTF_8)).contains("'Niet genoemd'");
    }

    @Test
    void templateLangNlIsInDutch() throws Exception {
        Path out = base.resolve("vragenlijst.xlsx");

        Cli.Result template = Cli.run("template", "--instrument", "questionnaire", "--lang", "nl", "--country", "SR", "--out", out.toString());

        assertThat(template.exit()).as(template.err()).isZero();
        try (XSSFWorkbook workbook = new XSSFWorkbook(out.toFile())) {
            assertThat(workbook.getSheet("Instructies")).isNotNull();
            assertThat(workbook.getSheet("Gegevens")).isNotNull();
        }
        assertThat(XlsxText.of(out)).contains("Modelvragenlijst").contains("Dit bestand is voor Suriname").contains("Weet niet");
    }
}
