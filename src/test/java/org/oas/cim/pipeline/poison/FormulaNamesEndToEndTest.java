package org.oas.cim.pipeline.poison;

import com.opencsv.CSVReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oas.cim.pipeline.report.BadFiles;
import org.oas.cim.pipeline.report.Cli;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile file names, sheet names, headers and values through the real {@code run}: no cell of any CSV the pipeline
 * writes (tables, manifest, evidence, reports) would run as a formula in a spreadsheet, and the names are still there.
 */
class FormulaNamesEndToEndTest {
    private static final String FORMULA_NAME = "=HYPERLINK(\"x.example\",\"f\")";

    @TempDir
    Path home;

    @Test
    void noCsvCellRunsAsAFormula() throws Exception {
        Path phase = home.resolve("inbox/phase-1");
        Files.createDirectories(phase);
        Files.copy(Path.of("input-samples/phase-1/DO_cuestionarios_2002.csv"), phase.resolve(FORMULA_NAME + ".csv"));
        BadFiles.xlsx(phase.resolve("+CR@cuestionarios.xlsx"), "=cmd|' +C calc'!A0", new String[][] {
                {"País", "Organización", "Tipo de informante", "P1", "P6", "@SUM(1+1)"},
                {"Costa Rica", "Casa Alianza", "ONG", "Sí", "50-100", "-1+2"},
                {"Costa Rica", "=1+2", "ONG", "=HYPERLINK(\"http://x\")", "@10", "\tx"}});

        Cli.Result run = Cli.run("run", "--home", home.toString(), "--settle", "0s");

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        List<Path> csvFiles;
        try (Stream<Path> files = Files.walk(home)) {
            csvFiles = files.filter(p -> p.toString().endsWith(".csv") && !p.startsWith(home.resolve("archive").resolve("phase-1"))
                    || p.toString().endsWith(".report.csv")).toList();
        }
        assertThat(csvFiles).anyMatch(p -> p.endsWith("evidence.csv")).anyMatch(p -> p.endsWith("manifest.csv"))
                .anyMatch(p -> p.getFileName().toString().equals(FORMULA_NAME + ".csv.report.csv"))
                .anyMatch(p -> p.getFileName().toString().equals("+CR@cuestionarios.xlsx.report.csv"));
        List<String> cells = new ArrayList<>();
        for (Path csv : csvFiles) {
            cells.addAll(cellsOf(csv));
        }
        assertThat(cells).noneMatch(FormulaNamesEndToEndTest::runsAsFormula);
        assertThat(cells).contains("'" + FORMULA_NAME + ".csv", "'=cmd|' +C calc'!A0");
        Path evidence = csvFiles.stream().filter(p -> p.endsWith("evidence.csv")).findFirst().orElseThrow();
        assertThat(cellsOf(evidence)).contains("'" + FORMULA_NAME + ".csv", "'=cmd|' +C calc'!A0");
    }

    /** What a spreadsheet would take as a formula: OWASP's first characters, but for a plain number. */
    private static boolean runsAsFormula(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !cell.matches("-?\\d+(\\.\\d+)?");
    }

    private static List<String> cellsOf(Path csv) throws Exception {
        List<String> cells = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8); CSVReader reader = new CSVReader(in)) {
            for (String[] row : reader) {
                for (String cell : row) {
                    cells.add(cell.startsWith("\uFEFF") ? cell.substring(1) : cell);
                }
            }
        }
        return cells;
    }
}
