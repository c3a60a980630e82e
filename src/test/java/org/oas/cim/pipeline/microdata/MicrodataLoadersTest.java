package org.oas.cim.pipeline.microdata;

import org.oas.cim.pipeline.StoredAnswers;

import com.opencsv.CSVReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oas.cim.pipeline.codebook.ChoiceList;
import org.oas.cim.pipeline.codebook.Codebook;
import org.oas.cim.pipeline.codebook.CodebookLoader;
import org.oas.cim.pipeline.codebook.Item;
import org.oas.cim.pipeline.codebook.ItemType;
import org.oas.cim.pipeline.publish.Frictionless;
import org.oas.cim.pipeline.publish.Labels;
import org.oas.cim.pipeline.report.Cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The microdata of a real run (the phase-1 samples, published in Spanish) loaded by the real tools: R
 * (r-base-core) runs answers.R and PSPP runs answers.sps, and the frequencies of every coded column, read back
 * through their value labels, equal the database's. Without R or PSPP the test is skipped, except on CI
 * ({@code CI=true}), where it fails.
 */
class MicrodataLoadersTest {
    private static final Codebook CODEBOOK = CodebookLoader.load(Path.of("jobs"));
    private static final Labels SPANISH = Labels.of(CODEBOOK, "es");

    @TempDir
    static Path base;
    static Path folder;
    static Map<String, Map<String, Long>> expected;

    @BeforeAll
    static void runThePhaseOneSamples() throws Exception {
        Path home = base.resolve("home");
        Cli.Result run = Cli.run("run", "--home", home.toString(), "--copy-from", "input-samples/phase-1", "--lang", "es", "--phase", "phase-1");
        assertThat(run.exit()).as(run.err()).isZero();
        folder = home.resolve("out/restricted/phase-1");
        expected = frequenciesInTheDatabase(home);
    }

    @Test
    void theCsvFitsItsTableSchemaAndThePublishedPackageFitsItsOwn() throws IOException {
        var schema = Frictionless.read(folder.resolve("answers.json"));
        Frictionless.checkTableSchema(schema);
        Frictionless.checkCsv(folder.resolve("answers.csv"), schema);
        Frictionless.checkPackage(folder.getParent().getParent().resolve("phase-1"));

        String header = Files.readAllLines(folder.resolve("answers.csv")).get(0);
        assertThat(header).startsWith("pseudonym,phase,country,region,stage,source_type,response_date,p1,p2_origin,")
                .contains(",p6_low,p6_high,p6_approx,").doesNotContain("r5").doesNotContain("s4").doesNotContain("organization");
    }

    @Test
    void rLoadsItWithTheLabelsAndTheDatabasesFrequencies() throws Exception {
        requireTool("Rscript");
        String script = "source('answers.R', chdir = TRUE, encoding = 'UTF-8')\n"
                + "write.csv(answers, 'from-r.csv', row.names = FALSE, na = '', fileEncoding = 'UTF-8')\n"
                + "writeLines(attr(answers$p1, 'label'), 'p1-label.txt', useBytes = TRUE)\n";
        Files.writeString(folder.resolve("check.R"), script);

        run(List.of("Rscript", "check.R"));

        assertThat(frequencies(folder.resolve("from-r.csv"))).containsAllEntriesOf(expected);
        assertThat(Files.readString(folder.resolve("p1-label.txt")).strip()).isEqualTo(SPANISH.item("P1").label("es"));
    }

    @Test
    void psppLoadsTheSpssSyntaxWithTheLabelsAndTheDatabasesFrequencies() throws Exception {
        requireTool("pspp");
        Files.writeString(folder.resolve("check.sps"), "INCLUDE FILE='answers.sps'.\nFREQUENCIES VARIABLES=p1.\n"
                + "SAVE TRANSLATE /OUTFILE='from-pspp.csv' /TYPE=CSV /FIELDNAMES /CELLS=LABELS /REPLACE.\n");

        String output = run(List.of("pspp", "check.sps"));

        assertThat(output).contains(SPANISH.item("P1").label("es").substring(0, 30)).doesNotContain("error");
        assertThat(frequencies(folder.resolve("from-pspp.csv"))).containsAllEntriesOf(expected);
    }

    /**
     * Per coded item column, how many current respondents of phase-1 gave each answer, by its Spanish label: select
     * items by code ("don't know" as the list's own), multiple-answer items per option (named or not).
     */
    private static Map<String, Map<String, Long>> frequenciesInTheDatabase(Path home) throws SQLException {
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        String url = "jdbc:h2:file:" + home.resolve("data/pipeline").toAbsolutePath() + ";AUTO_SERVER=TRUE";
        try (Connection db = DriverManager.getConnection(url, "sa", "")) {
            for (StoredAnswers.Row answer : StoredAnswers.of(db,
                    "SELECT r.answers FROM respondent r WHERE r.phase = 'phase-1' AND r.superseded = FALSE")) {
                Item item = SPANISH.item(answer.itemCode());
                String kind = answer.kind();
                String column = item.code().toLowerCase(Locale.ROOT);
                if ("respondent".equals(item.section())) {
                    continue;
                }
                if (item.type() == ItemType.SELECT_ONE) {
                    String code = "unknown".equals(kind) ? ChoiceList.UNKNOWN : answer.code();
                    counts.computeIfAbsent(column, c -> new HashMap<>()).merge(SPANISH.choiceLabel(item, code), 1L, Long::sum);
                } else if (item.type() == ItemType.SELECT_MULTIPLE && "codes".equals(kind) && !Codebook.COUNTRY_LIST.equals(item.listName())) {
                    List<String> named = List.of(answer.code().split(" "));
                    for (String option : SPANISH.choiceOrder(item)) {
                        String label = named.contains(option) ? "Mencionado" : "No mencionado";
                        counts.computeIfAbsent(column + "_" + Variables.safe(option), c -> new HashMap<>()).merge(label, 1L, Long::sum);
                    }
                }
            }
        }
        assertThat(counts).containsKeys("p1", "p3_prostitution", "p5");
        return counts;
    }

    /** Per column of a loaded-and-written CSV, how often each non-empty cell occurs. */
    private static Map<String, Map<String, Long>> frequencies(Path csv) throws Exception {
        Map<String, Map<String, Long>> counts = new HashMap<>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8); CSVReader reader = new CSVReader(in)) {
            String[] header = reader.readNext();
            for (String[] row = reader.readNext(); row != null; row = reader.readNext()) {
                for (int i = 0; i < header.length; i++) {
                    if (!row[i].isBlank()) {
                        counts.computeIfAbsent(header[i].strip(), c -> new HashMap<>()).merge(row[i].strip(), 1L, Long::sum);
                    }
                }
            }
        }
        return counts;
    }

    private static void requireTool(String tool) {
        boolean present = Files.isExecutable(Path.of("/usr/bin", tool));
        if ("true".equals(System.getenv("CI"))) {
            assertThat(present).as(tool + " is installed (.ci/run installs it)").isTrue();
        }
        assumeThat(present).as(tool + " is installed").isTrue();
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).directory(folder.toFile()).redirectErrorStream(true);
        builder.environment().put("LANG", "C.UTF-8");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
