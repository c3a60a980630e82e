package org.oas.cim.pipeline.postgres;

import com.opencsv.CSVReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.oas.cim.pipeline.cli.PipelineCommand;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real {@code run} command on a copy of {@code input-samples}, once on the default H2 file database and once
 * on a real PostgreSQL ({@link PostgresTestDatabase}): the same Flyway migrations build both, every file ends as
 * {@code input-samples/expected.csv} promises on both, and the two runs leave the same rows, the same analysts'
 * views and byte-identical published tables (on PostgreSQL after a second run that finds nothing new).
 */
@ExtendWith(PostgresTestDatabase.IfConfigured.class)
class H2AndPostgresRunTest {
    private static final Path SAMPLES = Path.of("input-samples");

    @TempDir
    static Path base;

    private static PostgresTestDatabase postgres;
    private static String schemaUrl;
    private static Path h2Home;
    private static Path postgresHome;
    private static Result onH2;
    private static Result onPostgres;
    private static Result postgresAgain;
    private static RunState h2State;
    private static RunState postgresState;

    @BeforeAll
    static void runOnBothDatabases() throws Exception {
        postgres = PostgresTestDatabase.fromEnvironment();
        schemaUrl = postgres.freshSchema("pipeline_run_test");
        h2Home = base.resolve("h2");
        postgresHome = base.resolve("postgres");
        onH2 = run("run", "--home", h2Home.toString(), "--copy-from", SAMPLES.toString(), "--settle", "100ms");
        // The pseudonym key travels with an installation: the same key gives the same pseudonyms on either database.
        Files.createDirectories(postgresHome.resolve("data"));
        Files.copy(h2Home.resolve("data/pseudonym.key"), postgresHome.resolve("data/pseudonym.key"));
        List<String> args = new ArrayList<>(List.of("run", "--home", postgresHome.toString(), "--copy-from", SAMPLES.toString(),
                "--settle", "100ms"));
        args.addAll(postgres.options(schemaUrl));
        onPostgres = run(args.toArray(String[]::new));
        List<String> again = new ArrayList<>(List.of("run", "--home", postgresHome.toString(), "--settle", "100ms"));
        again.addAll(postgres.options(schemaUrl));
        postgresAgain = run(again.toArray(String[]::new));
        try (Connection db = h2()) {
            h2State = RunState.read(h2Home, db);
        }
        try (Connection db = postgres.connect(schemaUrl)) {
            postgresState = RunState.read(postgresHome, db);
        }
    }

    private record Result(int exit, String output) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine command = new CommandLine(new PipelineCommand());
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(out, true));
        return new Result(command.execute(args), out.toString());
    }

    @Test
    void theRunSucceedsOnBothDatabasesAndASecondRunOnPostgresFindsNothingNew() {
        assertThat(onH2.exit()).as(onH2.output()).isZero();
        assertThat(onPostgres.exit()).as(onPostgres.output()).isZero();
        assertThat(postgresAgain.exit()).as(postgresAgain.output()).isZero();
        assertThat(postgresAgain.output()).contains("COMPLETED", "files: none new");
    }

    @Test
    void everyFileEndsAsTheSamplesPromiseOnPostgres() throws Exception {
        Map<String, String[]> fates = new TreeMap<>();
        for (String row : postgresState.inputFiles()) {
            String[] columns = row.split("\\|");
            fates.put(columns[0], columns);
        }
        List<String[]> expected = readCsv(SAMPLES.resolve("expected.csv"));
        assertThat(fates).hasSize(expected.size() - 1);
        for (String[] promise : expected.subList(1, expected.size())) {
            String[] fate = fates.get(promise[0]);
            assertThat(fate).as("%s was registered", promise[0]).isNotNull();
            assertThat(fate[1]).as("fate of %s", promise[0]).isEqualToIgnoringCase(promise[1]);
            assertThat(Integer.parseInt(fate[2])).as("respondents of %s", promise[0]).isEqualTo(Integer.parseInt(promise[2]));
            assertThat(fate[4]).as("place of %s", promise[0]).startsWith(promise[1].equals("rejected") ? "rejected/" : "archive/");
        }
    }

    @Test
    void bothDatabasesHoldTheSameFilesRespondentsAnswersAndIssues() {
        assertThat(postgresState.inputFiles()).hasSize(39).isEqualTo(h2State.inputFiles());
        assertThat(postgresState.respondents()).hasSize(268).isEqualTo(h2State.respondents());
        assertThat(postgresState.answers()).isNotEmpty().isEqualTo(h2State.answers());
        assertThat(postgresState.issues()).isNotEmpty().isEqualTo(h2State.issues());
    }

    @Test
    void thePublishedTablesAndTheReportsAreByteIdentical() {
        assertThat(postgresState.published().keySet()).contains("phase-1/indicators.csv", "phase-2/estimates.csv",
                "caribbean/official_figures.csv", "restricted/phase-1/evidence.csv");
        assertThat(postgresState.published()).isEqualTo(h2State.published());
        assertThat(postgresState.placed()).hasSizeGreaterThan(37).isEqualTo(h2State.placed());
        assertThat(postgresState.unplaced()).isEmpty();
    }

    /** The views analysts query, with the columns that are key words somewhere (value, year, min, max, option). */
    @Test
    void theAnalystsViewsGiveTheSameFindingsOnPostgres() throws Exception {
        List<String> queries = List.of(
                "SELECT phase, country, indicator, value, share, status FROM latest_indicators",
                "SELECT phase, country, indicator, option, stage1_mentions, status FROM latest_options",
                "SELECT phase, country, indicator, median, min_low, max_high, status FROM latest_estimates",
                "SELECT phase, country, item, agency_type, median, min, max, year FROM latest_official_figures",
                "SELECT phase, country, files, rows_read, respondents_taken FROM latest_quality");
        try (Connection h2 = h2(); Connection pg = postgres.connect(schemaUrl)) {
            for (String query : queries) {
                List<String> onPostgresRows = rows(pg, query);
                assertThat(onPostgresRows).as(query).isNotEmpty().isEqualTo(rows(h2, query));
            }
        }
    }

    private static List<String> rows(Connection db, String query) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(query)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(rs.getObject(i)).append('|');
                }
                rows.add(row.toString());
            }
        }
        rows.sort(null);
        return rows;
    }

    private static Connection h2() throws Exception {
        return DriverManager.getConnection("jdbc:h2:file:" + h2Home.resolve("data/pipeline").toAbsolutePath()
                + ";NON_KEYWORDS=VALUE,YEAR", "sa", "");
    }

    private static List<String[]> readCsv(Path file) throws Exception {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVReader csv = new CSVReader(in)) {
            return csv.readAll();
        }
    }
}
