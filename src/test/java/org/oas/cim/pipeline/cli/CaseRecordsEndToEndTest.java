package org.oas.cim.pipeline.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two CTDC case files of {@code input-samples} (the older names with {@code -99} as a csv, the 2024 names as an
 * xlsx with Excel's dates and numbers for age bands) through the real {@code run}: the triangulation verdicts that
 * input-samples/README.md lists, CTDC's k = 11 on every published case count, and the rows outside the study noted
 * once per file.
 */
class CaseRecordsEndToEndTest {
    private static final String CSV_FILE = "ctdc_case_records_2017-2021.csv";
    private static final String XLSX_FILE = "CTDC_synthetic_2024_Americas_extract.xlsx";

    @TempDir
    static Path home;

    private static int exit;

    @BeforeAll
    static void runTheMainJob() {
        StringWriter out = new StringWriter();
        CommandLine command = new CommandLine(new PipelineCommand());
        command.setOut(new PrintWriter(out, true));
        exit = command.execute("run", "--home", home.toString(), "--copy-from", "input-samples", "--settle", "200ms");
    }

    /** phase, country, indicator, option: survey_status, cases_n, cases_with, cases_share, verdict, suppressed. */
    private static String row(String phase, String country, String indicator, String option) throws Exception {
        List<String[]> rows = InputSamplesEndToEndTest.readCsv(home.resolve("out").resolve(phase).resolve("triangulation.csv"));
        List<String> header = Arrays.asList(rows.get(0));
        for (String[] r : rows.subList(1, rows.size())) {
            if (r[1].equals(country) && r[2].equals(indicator) && r[3].equals(option)) {
                return String.join(" ", List.of(r[header.indexOf("survey_status")], r[header.indexOf("cases_n")],
                        r[header.indexOf("cases_with")], r[header.indexOf("cases_share")], r[header.indexOf("verdict")],
                        r[header.indexOf("suppressed")])).replaceAll(" +", " ").strip();
            }
        }
        return "no row";
    }

    @Test
    void theRunSucceedsAndBothCaseFilesAreTakenWithTheirRowsOutsideTheStudyNotedOnce() throws Exception {
        assertThat(exit).isZero();
        try (Connection db = database()) {
            for (String[] file : new String[][] {{CSV_FILE, "99", "33"}, {XLSX_FILE, "48", "18"}}) {
                ResultSet rs = db.createStatement().executeQuery("SELECT f.status, f.respondents, "
                        + "(SELECT COUNT(*) FROM issue i WHERE i.file_id = f.id AND i.code = 'cases-outside-study') AS notes, "
                        + "(SELECT MAX(i.args) FROM issue i WHERE i.file_id = f.id AND i.code = 'cases-outside-study') AS outside "
                        + "FROM input_file f WHERE f.relative_path = '" + file[0] + "'");
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString("status")).isEqualTo("ARCHIVED");
                assertThat(rs.getInt("respondents")).as("rows taken from %s", file[0]).isEqualTo(Integer.parseInt(file[1]));
                assertThat(rs.getInt("notes")).isEqualTo(1);
                assertThat(rs.getString("outside")).isEqualTo(file[2]);
            }
        }
        assertThat(Files.readString(home.resolve("archive").resolve(CSV_FILE + ".report.csv")))
                .contains("33 case records of this file are of countries in no phase of the study");
    }

    @Test
    void mexicoAgainstTheOlderCsv() throws Exception {
        assertThat(row("phase-2", "MX", "P3", "prostitution")).isEqualTo("CORROBORATED 39 32 0.8205 CONFIRMED_BY_CASES");
        assertThat(row("phase-2", "MX", "P3", "pornography")).isEqualTo("CORROBORATED 39 0 0.0000 NOT_SEEN_IN_CASES");
        assertThat(row("phase-2", "MX", "P3", "sex_tourism")).isEqualTo("CORROBORATED NOT_COMPARABLE");
        assertThat(row("phase-2", "MX", "P3", "domestic_servitude")).isEqualTo("39 CASES_ONLY cases_with;cases_share");
        assertThat(row("phase-2", "MX", "P4", "women")).as("two cases with ageBroad -99 are not known")
                .isEqualTo("CORROBORATED 39 18 0.4615 CONFIRMED_BY_CASES");
        assertThat(row("phase-2", "MX", "P4", "girls")).isEqualTo("CORROBORATED 39 12 0.3077 CONFIRMED_BY_CASES");
        assertThat(row("phase-2", "MX", "P4", "men")).isEqualTo("39 CASES_ONLY cases_with;cases_share");
        assertThat(row("phase-2", "MX", "P7", "GT")).isEqualTo("STAGE1_ONLY 35 20 0.5714 CONFIRMED_BY_CASES");
        assertThat(row("phase-2", "MX", "P7", "SV")).isEqualTo("STAGE1_ONLY 35 CONFIRMED_BY_CASES cases_with;cases_share");
        assertThat(row("phase-2", "MX", "P7", "HN")).as("12 cases, withheld as 35 - 20 - 12 would give SV's 3 away")
                .isEqualTo("STAGE1_ONLY 35 CONFIRMED_BY_CASES cases_with;cases_share");
        assertThat(row("phase-2", "MX", "P7", "CU")).isEqualTo("STAGE1_ONLY 35 0 0.0000 NOT_SEEN_IN_CASES");
        assertThat(row("phase-2", "MX", "P9", "debt_bondage")).isEqualTo("STAGE1_ONLY 37 15 0.4054 CONFIRMED_BY_CASES");
        assertThat(row("phase-2", "MX", "P9", "false_job_offer")).isEqualTo("STAGE1_ONLY NOT_COMPARABLE");
        assertThat(row("phase-2", "MX", "P2", "destination")).isEqualTo("CORROBORATED 41 35 0.8537 CONFIRMED_BY_CASES");
        assertThat(row("phase-2", "MX", "P2", "origin")).isEqualTo("CORROBORATED 14 CONFIRMED_BY_CASES cases_with;cases_share");
        assertThat(row("phase-2", "MX", "P2", "transit")).isEqualTo("CORROBORATED NOT_COMPARABLE");
        assertThat(row("phase-2", "BO", "P3", "prostitution")).isEqualTo("CORROBORATED 0 0 NO_CASES");
    }

    @Test
    void belizeIsTriangulatedInBothItsPhasesAndGuatemalaHasTooFewCases() throws Exception {
        assertThat(row("phase-1", "BZ", "P7", "GT")).isEqualTo("STAGE1_ONLY 12 12 1.0000 CONFIRMED_BY_CASES");
        assertThat(row("phase-2", "BZ", "P7", "GT")).isEqualTo("12 12 1.0000 CASES_ONLY");
        assertThat(row("phase-1", "GT", "P3", "prostitution")).isEqualTo("CORROBORATED TOO_FEW_CASES cases_n;cases_with;cases_share");
        assertThat(row("phase-1", "GT", "P8", "MX")).isEqualTo("32 20 0.6250 CASES_ONLY");
    }

    @Test
    void traceFollowsACountrysTriangulationToItsCaseFilesAndRows() throws Exception {
        StringWriter out = new StringWriter();
        CommandLine command = new CommandLine(new PipelineCommand());
        command.setOut(new PrintWriter(out, true));
        int traced = command.execute("trace", "--home", home.toString(), "--phase", "phase-2", "--country", "BZ",
                "--indicator", "triangulation");

        assertThat(traced).as(out.toString()).isZero();
        long stored;
        try (Connection db = database(); ResultSet rs = db.createStatement().executeQuery(
                "SELECT COUNT(*) FROM case_record WHERE exploitation = 'BZ' OR citizenship = 'BZ'")) {
            rs.next();
            stored = rs.getLong(1);
        }
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(1)).isEqualTo("file\tsheet\trow\texploitation\tcitizenship");
        assertThat(lines.subList(2, lines.size() - 1)).hasSize((int) stored).allSatisfy(line -> {
            assertThat(line).matches("(" + CSV_FILE + "|" + XLSX_FILE + ")\t[^\t]+\t\\d+\t[A-Z]*\t[A-Z]*");
            assertThat(line).contains("BZ");
        });
        assertThat(lines.get(lines.size() - 1)).isEqualTo(stored + " case record(s)");
        assertThat(stored).isPositive();
        assertThat(new CommandLine(new PipelineCommand()).execute("trace", "--home", home.toString(), "--phase", "phase-2",
                "--country", "ZZ", "--indicator", "triangulation")).isEqualTo(1);
    }

    @Test
    void theXlsxWith2024NamesAndExcelsAgeBands() throws Exception {
        assertThat(row("caribbean", "JM", "P3", "prostitution")).isEqualTo("CORROBORATED 15 13 0.8667 CONFIRMED_BY_CASES");
        assertThat(row("caribbean", "JM", "P3", "sex_tourism")).isEqualTo("CORROBORATED NOT_COMPARABLE");
        // 9--17 typed as dates and 48+ as numbers still make 5 girls and 10 women of 15 cases
        assertThat(row("caribbean", "JM", "P4", "girls")).isEqualTo("15 CASES_ONLY cases_with;cases_share");
        assertThat(row("caribbean", "JM", "P4", "women")).isEqualTo("15 CASES_ONLY cases_with;cases_share");
        assertThat(row("caribbean", "JM", "P7", "DO")).isEqualTo("STAGE1_ONLY TOO_FEW_CASES cases_n;cases_with;cases_share");
        assertThat(row("phase-1", "DO", "P8", "AR")).isEqualTo("STAGE1_ONLY 18 CONFIRMED_BY_CASES cases_with;cases_share");
        assertThat(row("phase-1", "DO", "P8", "CR")).isEqualTo("STAGE1_ONLY 18 0 0.0000 NOT_SEEN_IN_CASES");
        assertThat(row("phase-1", "DO", "P2", "origin")).isEqualTo("STAGE1_ONLY 18 18 1.0000 CONFIRMED_BY_CASES");
    }

    @Test
    void noPublishedCaseCountIsUnderK() throws Exception {
        List<String> counts = new ArrayList<>();
        for (String phase : List.of("phase-1", "phase-2", "caribbean")) {
            List<String[]> rows = InputSamplesEndToEndTest.readCsv(home.resolve("out").resolve(phase).resolve("triangulation.csv"));
            List<String> header = Arrays.asList(rows.get(0));
            for (String[] r : rows.subList(1, rows.size())) {
                counts.add(r[header.indexOf("cases_n")]);
                counts.add(r[header.indexOf("cases_with")]);
            }
        }
        assertThat(counts).hasSizeGreaterThan(200)
                .allSatisfy(count -> assertThat(count.isEmpty() || count.equals("0") || Integer.parseInt(count) >= 11).as(count).isTrue());
    }

    @Test
    void theTableIsInTheDatabaseTheWorkbookAndTheManifest() throws Exception {
        try (Connection db = database()) {
            for (String phase : List.of("phase-1", "phase-2", "caribbean")) {
                ResultSet count = db.createStatement().executeQuery(
                        "SELECT COUNT(*) FROM latest_triangulation WHERE phase = '" + phase + "'");
                count.next();
                int csvRows = InputSamplesEndToEndTest.readCsv(home.resolve("out").resolve(phase).resolve("triangulation.csv")).size() - 1;
                assertThat(count.getInt(1)).as(phase).isEqualTo(csvRows).isPositive();
            }
        }
        assertThat(XlsxText.of(home.resolve("out/phase-2/findings.xlsx"))).contains("triangulation", "CONFIRMED_BY_CASES",
                "Triangulation with case records");
        String manifest = Files.readString(home.resolve("out/phase-2/manifest.csv"));
        assertThat(manifest).contains(CSV_FILE).doesNotContain(XLSX_FILE);
        assertThat(Files.readString(home.resolve("out/caribbean/manifest.csv"))).contains(XLSX_FILE).doesNotContain(CSV_FILE);
    }

    @Test
    void sourcesAndQualityCountTheCaseFilesAndCases() throws Exception {
        assertThat(cells("phase-2", "sources", "MX", "stage", "3", "source_type", "respondents", "suppressed"))
                .as("41 cases exploited in MX and 8 Mexicans exploited in the US").containsExactly("case_records", "49", "");
        assertThat(cells("phase-2", "quality", "MX", null, null, "case_files", "cases", "suppressed")).containsExactly("1", "49", "");
        assertThat(cells("phase-2", "quality", "BO", null, null, "case_files", "cases", "suppressed")).containsExactly("0", "0", "");
        assertThat(cells("phase-1", "sources", "SV", "stage", "3", "source_type", "respondents", "suppressed"))
                .as("8 Salvadorans: under k").containsExactly("case_records", "", "respondents");
        assertThat(cells("phase-1", "quality", "SV", null, null, "case_files", "cases", "suppressed")).containsExactly("1", "", "cases");
        assertThat(cells("phase-1", "quality", "DO", null, null, "case_files", "cases", "suppressed")).containsExactly("1", "18", "");
        assertThat(cells("caribbean", "quality", "JM", null, null, "case_files", "cases", "suppressed")).containsExactly("1", "18", "");
    }

    @Test
    void theAnalystsPageSetsTheCasesBesideTheSurveysInPlainWords() throws Exception {
        String page = Files.readString(home.resolve("out/phase-2/report.html"));
        assertThat(page).contains("id=\"triangulation\"", "Case records beside the surveys", "<h3>Mexico</h3>",
                "Confirmed: the surveys name it and case records show it", "Named by the surveys, but no case record shows it",
                "Case records cannot say: their format has no field for it", "Corroborated");
    }

    /** Some cells of the row of a country (and a column's value) in a published table. */
    private static List<String> cells(String phase, String table, String country, String column, String value,
                                      String... wanted) throws Exception {
        List<String[]> rows = InputSamplesEndToEndTest.readCsv(home.resolve("out").resolve(phase).resolve(table + ".csv"));
        List<String> header = Arrays.asList(rows.get(0));
        for (String[] r : rows.subList(1, rows.size())) {
            if (r[header.indexOf("country")].equals(country) && (column == null || r[header.indexOf(column)].equals(value))) {
                return Arrays.stream(wanted).map(w -> r[header.indexOf(w)]).toList();
            }
        }
        return List.of("no row");
    }

    private static Connection database() throws Exception {
        return DriverManager.getConnection("jdbc:h2:file:" + home.resolve("data/pipeline").toAbsolutePath()
                + ";NON_KEYWORDS=VALUE,YEAR", "sa", "");
    }
}
