package org.oas.cim.pipeline.cli;

import org.oas.cim.pipeline.StoredAnswers;

import com.opencsv.CSVReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oas.cim.pipeline.codebook.Codebook;
import org.oas.cim.pipeline.codebook.CodebookLoader;
import org.oas.cim.pipeline.issue.Issue;
import org.oas.cim.pipeline.issue.IssueCode;
import org.oas.cim.pipeline.issue.IssueMessages;
import org.oas.cim.pipeline.issue.Severity;
import org.oas.cim.pipeline.privacy.SamplePersonalData;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real {@code run} command on a copy of {@code input-samples}, on the real H2 file database: every file
 * ends as {@code input-samples/expected.csv} promises, every status shows up, a second run changes no table,
 * and no personal data reaches a published file, a report, a log or a table other than the raw cells.
 */
class InputSamplesEndToEndTest {
    private static final Path SAMPLES = Path.of("input-samples");
    private static final IssueMessages MESSAGES = new IssueMessages();

    @TempDir
    static Path home;

    private static int firstExit;
    private static int secondExit;
    private static String secondOutput;
    private static Map<String, byte[]> firstTables;

    @BeforeAll
    static void runTheMainJobTwice() throws Exception {
        firstExit = run("run", "--home", home.toString(), "--copy-from", SAMPLES.toString(), "--settle", "200ms").exit();
        firstTables = publishedCsv();
        Result second = run("run", "--home", home.toString(), "--settle", "200ms");
        secondExit = second.exit();
        secondOutput = second.output();
    }

    private record Result(int exit, String output) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine command = new CommandLine(new PipelineCommand());
        command.setOut(new PrintWriter(out, true));
        int exit = command.execute(args);
        return new Result(exit, out.toString());
    }

    @Test
    void bothRunsSucceedAndTheSamplesFolderIsLeftAsItWas() throws Exception {
        assertThat(firstExit).isZero();
        assertThat(secondExit).isZero();
        assertThat(Files.exists(SAMPLES.resolve("phase-1/CR_cuestionarios_2002.xlsx"))).isTrue();
        for (String phase : List.of("phase-1", "phase-2", "caribbean")) {
            assertThat(home.resolve("out").resolve(phase)).isDirectoryContaining("glob:**/findings.xlsx")
                    .isDirectoryContaining("glob:**/report.html").isDirectoryContaining("glob:**/manifest.csv");
            assertThat(home.resolve("out/restricted").resolve(phase).resolve("evidence.csv")).isNotEmptyFile();
        }
        try (Stream<Path> inbox = Files.walk(home.resolve("inbox"))) {
            assertThat(inbox.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void theDatabaseIsTheSizeOfItsDataOnceClosed() throws Exception {
        long inbox;
        try (Stream<Path> files = Files.walk(SAMPLES)) {
            inbox = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
        assertThat(Files.size(home.resolve("data/pipeline.mv.db"))).isLessThanOrEqualTo(15 * inbox);
    }

    @Test
    void everyFileEndsAsTheSamplesPromise() throws Exception {
        List<String[]> expected = readCsv(SAMPLES.resolve("expected.csv"));
        assertThat(expected).hasSizeGreaterThan(20);
        try (Connection db = database()) {
            for (String[] row : expected.subList(1, expected.size())) {
                String file = row[0];
                try (PreparedStatement query = db.prepareStatement(
                        "SELECT id, status, respondents, final_path FROM input_file WHERE relative_path = ?")) {
                    query.setString(1, file);
                    ResultSet rs = query.executeQuery();
                    assertThat(rs.next()).as("%s was registered", file).isTrue();
                    long id = rs.getLong("id");
                    assertThat(rs.getString("status")).as("fate of %s", file).isEqualToIgnoringCase(row[1]);
                    assertThat(rs.getInt("respondents")).as("respondents of %s", file).isEqualTo(Integer.parseInt(row[2]));
                    String placedIn = row[1].equals("rejected") ? "rejected/" : "archive/";
                    assertThat(rs.getString("final_path")).as("place of %s", file).startsWith(placedIn);
                    assertThat(home.resolve(rs.getString("final_path"))).hasSameBinaryContentAs(SAMPLES.resolve(file));
                    Set<String> codes = issueCodes(db, id);
                    for (String code : row[3].isBlank() ? new String[0] : row[3].split(";")) {
                        assertThat(codes).as("issues of %s", file).contains(code);
                    }
                    if (!row[4].isBlank()) {
                        List<String> promised = row[4].equals("none") ? List.of() : List.of(row[4].split(";"));
                        assertThat(brokenRules(db, id).keySet()).as("broken rules of %s", file).containsExactlyInAnyOrderElementsOf(promised);
                    }
                }
            }
        }
    }

    /**
     * Every broken rule of the Mexican interviews, cell by cell, in Spanish (the file's language, also in its report)
     * and in English: each quotes the codebook's message for its item in that language, and the answers it read.
     */
    @Test
    void contradictoryAnswersAreWarnedCellByCellInSpanishAndEnglish() throws Exception {
        String file = "phase-2/MX_entrevistas_incoherentes_2005.csv";
        Codebook codebook = CodebookLoader.load(Path.of("jobs"));
        Map<String, String[]> warnings;
        String report;
        try (Connection db = database();
             PreparedStatement query = db.prepareStatement("SELECT id, final_path FROM input_file WHERE relative_path = ?")) {
            query.setString(1, file);
            ResultSet rs = query.executeQuery();
            assertThat(rs.next()).isTrue();
            warnings = brokenRules(db, rs.getLong("id"));
            report = Files.readString(home.resolve(rs.getString("final_path") + ".report.csv"), StandardCharsets.UTF_8);
        }
        assertThat(warnings).hasSize(7);
        warnings.forEach((where, warning) -> {
            String item = where.substring(0, where.indexOf('@'));
            String cell = where.substring(where.indexOf('@') + 1);
            var rules = codebook.instrument("interview").item(item).orElseThrow().rules();
            // Row 2 says trafficking is absent and describes it (P2, P3, P6); the other cells break constraints.
            var broken = List.of("P2", "P3", "P6").contains(item) ? rules.relevant() : rules.constraint();
            assertThat(warning[0]).as("Spanish at %s", cell).startsWith("Respuestas que se contradicen en la pregunta " + item + ": "
                    + rules.message(broken, "es") + " Respuestas leídas: " + item + " = ");
            assertThat(warning[1]).as("English at %s", cell).startsWith("Answers that contradict each other in question " + item + ": "
                    + rules.message(broken, "en") + " Answers read: " + item + " = ");
            assertThat(report).as("the file's report, in Spanish").contains("Advertencia," + "MX_entrevistas_incoherentes_2005," + cell + ",");
        });
        assertThat(warnings.get("L4@N4")).containsExactly(
                "Respuestas que se contradicen en la pregunta L4: Más condenas que investigaciones: las condenas (L4) superan a las "
                        + "investigaciones (L3). Respuestas leídas: L4 = 20+; L3 = 5-10.",
                "Answers that contradict each other in question L4: More convictions than investigations: the convictions (L4) are "
                        + "above the investigations (L3). Answers read: L4 = 20+; L3 = 5-10.");
        assertThat(warnings.get("P3@I2")[0]).isEqualTo("Respuestas que se contradicen en la pregunta P3: Se dice que no existe trata "
                + "(P1: no), pero esta respuesta la describe. Respuestas leídas: P3 = prostitution; P1 = no.");
        assertThat(warnings.get("O2@P3")[1]).isEqualTo("Answers that contradict each other in question O2: More minors deported than "
                + "victims identified: O2 is above O1. Agencies may count differently: check both figures. Answers read: O2 = 25; O1 = 10.");
        assertThat(report).contains("Advertencias por respuestas que se contradicen,7");
    }

    /** Mexico's quality row counts the broken rules of its files among its warnings; Belize's checked file adds none. */
    @Test
    void theQualityTableCountsTheBrokenRules() throws Exception {
        List<String[]> quality = readCsv(home.resolve("out/phase-2/quality.csv"));
        List<String> header = Arrays.asList(quality.get(0));
        int warnings = header.indexOf("warnings");
        int consistency = header.indexOf("consistency_warnings");
        assertThat(consistency).isEqualTo(warnings + 1);
        int country = header.indexOf("country");
        String[] mexico = quality.stream().filter(r -> r[country].equals("MX")).findFirst().orElseThrow();
        assertThat(Integer.parseInt(mexico[consistency])).isGreaterThanOrEqualTo(7).isLessThanOrEqualTo(Integer.parseInt(mexico[warnings]));
        try (Connection db = database()) {
            ResultSet rs = db.createStatement().executeQuery("SELECT consistency_warnings FROM latest_quality WHERE phase = 'phase-2' AND country = 'MX'");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(Integer.parseInt(mexico[consistency]));
        }
    }

    /** The Costa Rica samples hold exactly verification.md's worked example: the tables give its figures. */
    @Test
    void costaRicaGivesTheWorkedExampleOfTheProtocol() throws Exception {
        assertThat(row("indicators", "P1", null)).containsEntry("value", "yes").containsEntry("share", "0.7143").containsEntry("n", "7")
                .containsEntry("stage1_value", "yes").containsEntry("stage1_share", "0.7500").containsEntry("stage1_n", "4")
                .containsEntry("stage2_value", "yes").containsEntry("stage2_share", "0.6667").containsEntry("stage2_n", "3")
                .containsEntry("status", "CORROBORATED");
        // P11 is sensitive: only the country-level value and status are published.
        assertThat(row("indicators", "P11", null)).containsEntry("value", "yes").containsEntry("status", "CONTESTED")
                .containsEntry("stage1_value", "").containsEntry("stage2_value", "");
        assertThat(row("indicators", "P10", null)).containsEntry("value", "tie").containsEntry("share", "0.5000").containsEntry("n", "4")
                .containsEntry("stage1_n", "4").containsEntry("stage2_n", "0").containsEntry("status", "STAGE1_ONLY");
        assertThat(row("indicators", "L5", null)).containsEntry("value", "sometimes").containsEntry("n", "6")
                .containsEntry("stage1_value", "often").containsEntry("stage2_value", "rarely").containsEntry("status", "CONTESTED");
        assertThat(row("indicators", "L7", null)).containsEntry("value", "2").containsEntry("n", "4").containsEntry("status", "STAGE1_ONLY");
        assertThat(row("options", "P3", "prostitution")).containsEntry("stage1_mentions", "3").containsEntry("stage1_n", "4")
                .containsEntry("stage2_mentions", "2").containsEntry("stage2_n", "2").containsEntry("status", "CORROBORATED");
        assertThat(row("options", "P3", "sex_tourism")).containsEntry("stage1_mentions", "2").containsEntry("stage2_mentions", "0")
                .containsEntry("status", "UNCONFIRMED");
        assertThat(row("options", "P3", "pornography")).containsEntry("stage1_mentions", "1").containsEntry("status", "UNCONFIRMED");
        assertThat(row("options", "P3", "domestic_servitude")).containsEntry("stage1_mentions", "0").containsEntry("stage2_mentions", "1")
                .containsEntry("status", "UNCONFIRMED");
        assertThat(row("estimates", "P6", null)).containsEntry("n", "6").containsEntry("median", "200.0000")
                .containsEntry("q1", "127.5000").containsEntry("q3", "287.5000").containsEntry("min_low", "80")
                .containsEntry("max_high", "").containsEntry("open_ended", "true").containsEntry("approximate", "1")
                .containsEntry("outliers", "0").containsEntry("stage1_median", "275.0000").containsEntry("stage2_median", "100.0000")
                .containsEntry("ratio", "2.7500").containsEntry("status", "CONTESTED");
    }

    /** P6's six known answers and Q5's "no sabe", which is counted (n_unknown) but is no vote. */
    @Test
    void traceFollowsAFindingBackToItsCells() {
        Result trace = run("trace", "--home", home.toString(), "--phase", "phase-1", "--country", "CR", "--indicator", "P6");
        assertThat(trace.exit()).isZero();
        assertThat(trace.output()).contains("7 answer(s)", "CR_cuestionarios_2002.xlsx", "costa-rica-entrevistas.xlsx", "[500, open]");
        assertThat(run("trace", "--home", home.toString(), "--phase", "phase-1", "--country", "CR", "--indicator", "P99").exit()).isEqualTo(1);
    }

    private static Map<String, String> row(String table, String indicator, String option) throws Exception {
        List<String[]> rows = readCsv(home.resolve("out/phase-1").resolve(table + ".csv"));
        List<String> header = Arrays.asList(rows.get(0));
        for (String[] row : rows.subList(1, rows.size())) {
            Map<String, String> named = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                named.put(header.get(i), row[i]);
            }
            if (named.get("country").equals("CR") && named.get("region").isEmpty() && named.get("indicator").equals(indicator)
                    && (option == null || option.equals(named.get("option")))) {
                return named;
            }
        }
        throw new AssertionError("no row for CR " + indicator + " " + option + " in " + table);
    }

    @Test
    void theLatestFindingsAreInTheDatabaseAsInTheFiles() throws Exception {
        try (Connection db = database()) {
            ResultSet p1 = db.createStatement().executeQuery(
                    "SELECT value, share, status FROM latest_indicators WHERE country = 'CR' AND indicator = 'P1' AND region IS NULL");
            assertThat(p1.next()).isTrue();
            assertThat(p1.getString("value")).isEqualTo("yes");
            assertThat(p1.getBigDecimal("share")).isEqualByComparingTo("0.7143");
            assertThat(p1.getString("status")).isEqualTo("CORROBORATED");
            for (String phase : List.of("phase-1", "phase-2", "caribbean")) {
                for (String table : List.of("indicators", "options", "estimates", "sources", "official_figures", "reliability", "quality")) {
                    ResultSet count = db.createStatement().executeQuery(
                            "SELECT COUNT(*) FROM latest_" + table + " WHERE phase = '" + phase + "'");
                    count.next();
                    int csvRows = readCsv(home.resolve("out").resolve(phase).resolve(table + ".csv")).size() - 1;
                    assertThat(count.getInt(1)).as("%s %s", phase, table).isEqualTo(csvRows);
                }
            }
        }
    }

    @Test
    void mexicoIsAlsoReportedByBorderRegion() throws Exception {
        List<String[]> indicators = readCsv(home.resolve("out/phase-2/indicators.csv"));
        int region = Arrays.asList(indicators.get(0)).indexOf("region");
        assertThat(indicators.stream().filter(r -> r[1].equals("MX")).map(r -> r[region]))
                .contains("", "mx-south", "mx-north");
    }

    @Test
    void everyStatusAppearsInThePublishedTables() throws Exception {
        Set<String> statuses = new LinkedHashSet<>();
        for (String phase : List.of("phase-1", "phase-2", "caribbean")) {
            for (String table : List.of("indicators", "options", "estimates")) {
                List<String[]> rows = readCsv(home.resolve("out").resolve(phase).resolve(table + ".csv"));
                int status = Arrays.asList(rows.get(0)).indexOf("status");
                rows.subList(1, rows.size()).forEach(r -> statuses.add(r[status]));
            }
        }
        assertThat(statuses).contains("CORROBORATED", "CONTESTED", "UNCONFIRMED", "STAGE1_ONLY", "STAGE2_ONLY", "NO_DATA");
    }

    @Test
    void everyCountryWithRespondentsHasRowsInItsPhase() throws Exception {
        try (Connection db = database();
             ResultSet rs = db.createStatement().executeQuery(
                     "SELECT DISTINCT phase, country FROM respondent WHERE superseded = FALSE ORDER BY phase, country")) {
            while (rs.next()) {
                String phase = rs.getString(1);
                String country = rs.getString(2);
                List<String[]> indicators = readCsv(home.resolve("out").resolve(phase).resolve("indicators.csv"));
                assertThat(indicators).as("%s in %s", country, phase).anyMatch(r -> r[1].equals(country));
            }
        }
    }

    /** input-samples/README.md, "Victim lists and capture histories": the figures the lists must give. */
    @Test
    void theVictimListsAndTheCaptureHistoriesGiveThePromisedEstimates() throws Exception {
        List<String[]> rows = readCsv(home.resolve("out/phase-2/population_estimates.csv"));
        assertThat(rows.get(0)).containsExactly("phase", "country", "year", "lists", "observed", "model", "estimate", "ci95_low",
                "ci95_high", "estimate_independence", "method", "note");
        assertThat(rows.subList(1, rows.size())).containsExactly(
                new String[] {"phase-2", "BO", "2005", "Policía;Defensoría de la Niñez;ONG;Fiscalía", "336",
                        "Policía:Defensoría de la Niñez", "548", "491", "625", "462", "loglinear-stepwise", ""},
                new String[] {"phase-2", "MX", "2005", "Albergue Casa Refugio;OIM México;Policía Federal", "111", "", "150", "134",
                        "175", "150", "loglinear-stepwise", ""});
        assertThat(home.resolve("out/phase-1/population_estimates.csv")).as("a phase without lists has no estimates").doesNotExist();
        assertThat(XlsxText.of(home.resolve("out/phase-2/findings.xlsx"))).contains("Policía:Defensoría de la Niñez");
        try (Connection db = database()) {
            ResultSet mexico = db.createStatement().executeQuery(
                    "SELECT observed, estimate, ci95_low, ci95_high FROM latest_population_estimates WHERE country = 'MX'");
            assertThat(mexico.next()).isTrue();
            assertThat(List.of(mexico.getLong(1), mexico.getLong(2), mexico.getLong(3), mexico.getLong(4)))
                    .containsExactly(111L, 150L, 134L, 175L);
        }
    }

    /**
     * The Mexican lists linked across accents, surname order, dates as text and as cells, a case number: the planted
     * typo and the swapped birth date are two people each (warned, not linked), the police list's repeated person one.
     */
    @Test
    void theMexicanListsLinkIntoTheCaptureHistoriesTheSamplesPromise() throws Exception {
        Map<String, String> mexico = new TreeMap<>();
        for (String[] row : readCsv(home.resolve("out/restricted/phase-2/capture_histories.csv"))) {
            if (row[0].equals("MX")) {
                mexico.put(row[3], row[4]);
            }
        }
        assertThat(mexico).containsExactly(Map.entry("001", "35"), Map.entry("010", "13"), Map.entry("011", "5"),
                Map.entry("100", "23"), Map.entry("101", "22"), Map.entry("110", "5"), Map.entry("111", "8"));
        assertThat(readCsv(home.resolve("out/restricted/phase-2/capture_history_sources.csv")))
                .anySatisfy(row -> assertThat(row).containsExactly("MX", "2005", "3", "Policía Federal",
                        "MX_policia_federal_victimas_2005.xlsx", "71"));
    }

    @Test
    void traceFollowsAPopulationEstimateToItsListsAndFilesAndTheReportChartsIt() throws Exception {
        Result trace = run("trace", "--home", home.toString(), "--phase", "phase-2", "--country", "MX", "--indicator", "population_estimates");
        assertThat(trace.exit()).isZero();
        assertThat(trace.output()).contains("3 list file(s)",
                "2005\t1\tAlbergue Casa Refugio\tMX_albergue_casa_refugio_2005.xlsx\tarchive/phase-2/listas/MX_albergue_casa_refugio_2005.xlsx\t58",
                "2005\t2\tOIM México\tMX_OIM_victimas_2005.csv", "2005\t3\tPolicía Federal\tMX_policia_federal_victimas_2005.xlsx");
        assertThat(run("trace", "--home", home.toString(), "--phase", "phase-2", "--country", "BZ", "--indicator", "population_estimates")
                .exit()).isEqualTo(1);
        String page = Files.readString(home.resolve("out/phase-2/report.html"), StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"population-estimates\"", "id=\"chart-population-MX\"", "id=\"chart-population-BO\"",
                "seen: 111 · estimate 150 (134 to 175)");
        assertThat(Files.readString(home.resolve("out/phase-1/report.html"), StandardCharsets.UTF_8)).doesNotContain("population-estimates");
    }

    @Test
    void aSecondRunWithNoNewFilesLeavesEveryTableByteIdentical() throws Exception {
        assertThat(secondOutput).contains("Execution");
        Map<String, byte[]> second = publishedCsv();
        assertThat(second.keySet()).isEqualTo(firstTables.keySet()).isNotEmpty();
        second.forEach((name, bytes) -> assertThat(bytes).as(name).isEqualTo(firstTables.get(name)));
    }

    @Test
    void noPersonalDataLeavesTheRawCells() throws Exception {
        Set<String> personal = SamplePersonalData.under(SAMPLES);
        assertThat(personal).as("the samples hold names and contacts to look for").hasSizeGreaterThan(10);
        List<Path> readable = new ArrayList<>();
        for (String folder : List.of("out", "archive", "rejected", "logs")) {
            try (Stream<Path> files = Files.walk(home.resolve(folder))) {
                files.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".xls") && !isSample(p))
                        .forEach(readable::add);
            }
        }
        for (Path file : readable) {
            String text = file.toString().endsWith(".xlsx") ? XlsxText.of(file) : Files.readString(file, StandardCharsets.UTF_8);
            for (String value : personal) {
                assertThat(SamplePersonalData.wholeWord(value).matcher(text).find())
                        .as("%s must not hold the personal value %s", home.relativize(file), value).isFalse();
            }
        }
        StringBuilder stored = new StringBuilder();
        try (Connection db = database()) {
            StoredAnswers.of(db, "SELECT answers FROM respondent").forEach(answer -> stored.append(answer.line()).append('\n'));
            for (String sql : List.of("SELECT raw_value, args FROM issue",
                    "SELECT organization, pseudonym FROM respondent", "SELECT file_name, relative_path FROM input_file")) {
                ResultSet rs = db.createStatement().executeQuery(sql);
                while (rs.next()) {
                    stored.append(rs.getString(1)).append('\n').append(rs.getString(2)).append('\n');
                }
            }
        }
        for (String value : personal) {
            assertThat(SamplePersonalData.wholeWord(value).matcher(stored).find()).as("the database outside raw_row holds %s", value).isFalse();
        }
    }

    private static boolean isSample(Path file) {
        String name = file.getFileName().toString();
        return !name.endsWith(".report.csv") && !name.endsWith(".report.html") && (file.startsWith(home.resolve("archive")) || file.startsWith(home.resolve("rejected")));
    }

    private static Map<String, byte[]> publishedCsv() throws Exception {
        Map<String, byte[]> tables = new TreeMap<>();
        try (Stream<Path> files = Files.walk(home.resolve("out"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".csv") && !p.getFileName().toString().equals("manifest.csv")).toList()) {
                tables.put(home.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return tables;
    }

    /** The file's broken codebook rules as {@code item@cell}, each with its Spanish and English message. */
    private static Map<String, String[]> brokenRules(Connection db, long fileId) throws Exception {
        Map<String, String[]> found = new TreeMap<>();
        try (PreparedStatement query = db.prepareStatement(
                "SELECT cell_ref, raw_value, args FROM issue WHERE file_id = ? AND code = 'constraint-error' AND severity = 'warning'")) {
            query.setLong(1, fileId);
            ResultSet rs = query.executeQuery();
            while (rs.next()) {
                String[] args = rs.getString("args").split("\u001f");
                if (args.length > 1 && args[1].equals("rule")) {
                    // Messages are rendered when shown, in the reader's language, as reports render them.
                    Issue issue = new Issue(IssueCode.CONSTRAINT_ERROR, Severity.WARNING, null, 0, 0, rs.getString("raw_value"), List.of(args));
                    found.put(args[0] + "@" + rs.getString("cell_ref"), new String[] {
                            MESSAGES.message(issue, Locale.forLanguageTag("es")), MESSAGES.message(issue, Locale.ENGLISH)});
                }
            }
        }
        return found;
    }

    private static Set<String> issueCodes(Connection db, long fileId) throws Exception {
        Set<String> codes = new LinkedHashSet<>();
        try (PreparedStatement query = db.prepareStatement("SELECT DISTINCT code FROM issue WHERE file_id = ?")) {
            query.setLong(1, fileId);
            ResultSet rs = query.executeQuery();
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
        }
        return codes;
    }

    private static Connection database() throws Exception {
        return DriverManager.getConnection("jdbc:h2:file:" + home.resolve("data/pipeline").toAbsolutePath()
                + ";NON_KEYWORDS=VALUE,YEAR", "sa", "");
    }

    static List<String[]> readCsv(Path file) throws Exception {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVReader csv = new CSVReader(in)) {
            List<String[]> rows = csv.readAll();
            if (!rows.isEmpty() && rows.get(0).length > 0) {
                rows.get(0)[0] = rows.get(0)[0].replace("\uFEFF", "");
            }
            return rows;
        }
    }
}
