package org.oas.cim.pipeline.estimation;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oas.cim.pipeline.codebook.JobsFolder;
import org.oas.cim.pipeline.report.Cli;

/**
 * The estimation keys of {@code jobs/phases.yml} through the real {@code run} on the real H2 file: one home, the same
 * inbox (the sample's Mexican lists, Bolivia's capture histories, and the UK 2013 table of estimation.md split into two
 * years, sent as Belize's in the layout R writes), run first with the built-in {@code jobs/}, then with a copy whose phase-2 has another
 * threshold, then with one whose phase-2 pools its years. Each changed setting changes the published table as asserted.
 */
class EstimationSettingsEndToEndTest {
    private static final Path LISTS = Path.of("input-samples", "phase-2", "listas");
    /** estimation.md's UK table; its counts split between 2012 (half, rounded down) and 2013 (the rest). */
    private static final String[] UK = ("100000:54 010000:463 001000:907 000100:695 000010:316 000001:57 110000:15 "
            + "101000:19 100100:3 011000:56 010100:19 010010:1 010001:3 001100:69 001010:10 001001:31 000110:8 000101:6 "
            + "000011:1 111000:1 110100:1 011100:4 011001:3 001101:1 111100:1").split(" ");
    private static final String BO = "phase-2,BO,2005,Policía;Defensoría de la Niñez;ONG;Fiscalía,336,";
    private static final String MX = "phase-2,MX,2005,Albergue Casa Refugio;OIM México;Policía Federal,111,";
    private static final String BZ = ",LA;NG;PF;GO;GP;NCA,";

    @TempDir
    static Path folder;

    private static List<String> defaults;
    private static List<String> threshold;
    private static List<String> pooled;

    @BeforeAll
    static void runWithEachJobsFolder() throws IOException, CsvException {
        Path home = folder.resolve("home");
        Path inbox = Files.createDirectories(home.resolve("inbox/phase-2"));
        for (String list : List.of("MX_policia_federal_victimas_2005.xlsx", "MX_albergue_casa_refugio_2005.xlsx",
                "MX_OIM_victimas_2005.csv", "BO_historias_de_captura_2005.csv")) {
            Files.copy(LISTS.resolve(list), inbox.resolve(list));
        }
        // As R's write.csv writes a data frame: row names in a column with no header, a Freq column, an all-0 row of none.
        List<String> uk = new ArrayList<>(List.of("\"\",\"País\",\"Año\",\"LA\",\"NG\",\"PF\",\"GO\",\"GP\",\"NCA\",\"Freq\""));
        for (int year = 2012; year <= 2013; year++) {
            uk.add("\"" + uk.size() + "\",\"Belice\"," + year + ",0,0,0,0,0,0,0");
            for (String cell : UK) {
                String[] patternAndCount = cell.split(":");
                long count = Long.parseLong(patternAndCount[1]);
                uk.add("\"" + uk.size() + "\",\"Belice\"," + year + "," + String.join(",", patternAndCount[0].split("")) + ","
                        + (year == 2012 ? count / 2 : count - count / 2));
            }
        }
        Files.write(inbox.resolve("BZ_historias_2012-2013.csv"), uk, StandardCharsets.UTF_8);

        defaults = run(home, null, "");
        threshold = run(home, "threshold", "    estimation: {threshold: 0.5}\n");
        pooled = run(home, "pooled", "    estimation:\n      pool_years: true\n");
    }

    /** Runs {@code run} with the built-in jobs/ (no estimation lines) or a copy whose phase-2 ends with them. */
    private static List<String> run(Path home, String copy, String estimationLines) throws IOException, CsvException {
        List<String> args = new ArrayList<>(List.of("run", "--home", home.toString(), "--settle", "100ms", "--phase", "phase-2"));
        if (copy != null) {
            Path jobs = folder.resolve(copy);
            JobsFolder.at(Path.of("jobs")).copyTo(jobs);
            Path phases = jobs.resolve("phases.yml");
            String yaml = Files.readString(phases, StandardCharsets.UTF_8);
            String phase2 = "  - id: phase-2\n";
            assertThat(yaml).contains(phase2);
            Files.writeString(phases, yaml.replace(phase2, phase2 + estimationLines), StandardCharsets.UTF_8);
            args.addAll(List.of("--jobs", jobs.toString()));
        }
        Cli.Result result = Cli.run(args.toArray(String[]::new));
        assertThat(result.exit()).as(result.out() + result.err()).isZero();
        List<String> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(home.resolve("out/phase-2/population_estimates.csv"), StandardCharsets.UTF_8);
             CSVReader csv = new CSVReader(in)) {
            for (String[] row : csv.readAll()) {
                rows.add(String.join(",", row).replace("\uFEFF", ""));
            }
        }
        return rows.subList(1, rows.size());
    }

    @Test
    void theDefaultsGiveTheSamplesFiguresAndOneRowPerYear() {
        assertThat(defaults).hasSize(4);
        assertThat(defaults.get(0)).isEqualTo(BO + "Policía:Defensoría de la Niñez,548,491,625,462,loglinear-stepwise,");
        assertThat(defaults.get(1)).startsWith("phase-2,BZ,2012" + BZ);
        assertThat(defaults.get(2)).startsWith("phase-2,BZ,2013" + BZ);
        assertThat(defaults.get(3)).isEqualTo(MX + ",150,134,175,150,loglinear-stepwise,");
    }

    /** At 0.5 the stepwise rule takes interactions 0.02 leaves out (the same as estimate --threshold 0.5 gives). */
    @Test
    void aHigherThresholdTakesMoreInteractions() {
        assertThat(threshold.get(0)).isEqualTo(BO + "Policía:Defensoría de la Niñez;Defensoría de la Niñez:Fiscalía;"
                + "Defensoría de la Niñez:ONG;Policía:Fiscalía,580,487,731,462,loglinear-stepwise,");
        assertThat(threshold.get(3)).isEqualTo(MX + "Albergue Casa Refugio:Policía Federal;Albergue Casa Refugio:OIM México;"
                + "OIM México:Policía Federal,263,140,914,150,loglinear-stepwise,");
    }

    /** Pooled, the two halves of the UK table are the whole table again: estimation.md's published figures. */
    @Test
    void pooledYearsGiveOneRowPerCountryOverItsYears() {
        assertThat(pooled).containsExactly(
                BO + "Policía:Defensoría de la Niñez,548,491,625,462,loglinear-stepwise,",
                "phase-2,BZ,2012-2013" + BZ + "2744,PF:NCA;LA:NG;NG:GP;LA:PF;PF:GP;GO:GP;NG:GO,11418,9977,13146,12214,loglinear-stepwise,",
                MX + ",150,134,175,150,loglinear-stepwise,");
    }
}
