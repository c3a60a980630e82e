package org.oas.cim.pipeline.validate;

import org.oas.cim.pipeline.cli.InboxCopy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oas.cim.pipeline.cli.PipelineCommand;
import org.oas.cim.pipeline.codebook.JobsFolder;
import org.oas.cim.pipeline.issue.Issue;
import org.oas.cim.pipeline.report.BadFiles;
import org.oas.cim.pipeline.report.FileReport;
import org.oas.cim.pipeline.study.Study;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code validate} and {@code ingest} go through one ingest core, so they must give the same verdict, counts and
 * issues, code for code and cell for cell, on every file of {@code input-samples} and on the report tests' fixtures:
 * the real {@code ingest} command on a home, then a validator on the placed files, in the order ingest took them.
 */
class ValidateMatchesIngestTest {
    private static final Path SAMPLES = Path.of("input-samples");
    private static final Path JOBS = Path.of("jobs");

    @TempDir
    static Path home;

    @BeforeAll
    static void ingestTheSamplesAndTheFixtures() throws IOException {
        Path inbox = Files.createDirectories(home.resolve("inbox"));
        InboxCopy.copy(SAMPLES, inbox);
        BadFiles.spanish(inbox);
        BadFiles.portuguese(inbox);
        BadFiles.english(inbox);
        BadFiles.good(inbox);
        // The good file's respondent again, answering differently: the same respondent in two files.
        BadFiles.xlsx(inbox.resolve("CR_bien_otra_vez.xlsx"), "Respuestas", new String[][] {
                {"País", "Organización", "Tipo de informante", "P1", "P6"},
                {"Costa Rica", "Casa Alianza", "ONG", "No", "50-100"}});
        StringWriter out = new StringWriter();
        CommandLine command = new CommandLine(new PipelineCommand());
        command.setOut(new PrintWriter(out, true));
        assertThat(command.execute("ingest", "--home", home.toString(), "--settle", "200ms")).as(out.toString()).isZero();
    }

    @Test
    void everyFileGetsTheSameVerdictCountsAndIssuesFromBoth() throws Exception {
        Validator validator = Validator.fromJobs(JobsFolder.at(JOBS), Study.load(JOBS.resolve("phases.yml")));
        List<Ingested> ingested = ingested();
        assertThat(ingested).hasSizeGreaterThan(30);
        for (Ingested file : ingested) {
            FileReport report = validator.validate(home.resolve(file.finalPath()), file.phaseHint()).report();
            assertThat(report.verdict().name()).as(file.finalPath()).isEqualTo(switch (file.status()) {
                case "ARCHIVED" -> "TAKEN";
                case "REJECTED" -> "NOT_TAKEN";
                default -> file.status();
            });
            assertThat(report.respondents()).as(file.finalPath()).isEqualTo(file.respondents());
            assertThat(report.rowsNotTaken()).as(file.finalPath()).isEqualTo(file.rowsRejected());
            assertThat(report.issues().stream().map(ValidateMatchesIngestTest::key).sorted().toList())
                    .as(file.finalPath()).isEqualTo(file.issues());
        }
    }

    @Test
    void theComparisonCoversEveryKindOfFate() throws Exception {
        assertThat(ingested()).extracting(Ingested::status).contains("ARCHIVED", "REJECTED", "DUPLICATE");
        assertThat(ingested()).flatExtracting(Ingested::issues).anyMatch(i -> i.startsWith("duplicate-respondent"))
                .anyMatch(i -> i.startsWith("type-error")).anyMatch(i -> i.startsWith("no-instrument"));
    }

    /** An issue as both sides give it; where the same bytes came before, each names the earlier file its own way. */
    private static String key(Issue issue) {
        String args = issue.code().id().equals("duplicate-file") ? "" : String.join("|", issue.args());
        return String.join(";", issue.code().id(), issue.severity().id(), String.valueOf(issue.sheet()),
                issue.cellRef(), String.valueOf(issue.row()), args);
    }

    private record Ingested(String finalPath, String phaseHint, String status, int respondents, int rowsRejected,
                            List<String> issues) {
    }

    private static List<Ingested> ingested() throws Exception {
        List<Ingested> files = new ArrayList<>();
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + home.resolve("data/pipeline").toAbsolutePath()
                + ";AUTO_SERVER=TRUE", "sa", "");
             PreparedStatement query = db.prepareStatement(
                     "SELECT id, final_path, phase_hint, status, respondents, rows_rejected FROM input_file ORDER BY id");
             ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                files.add(new Ingested(rs.getString("final_path"), rs.getString("phase_hint"), rs.getString("status"),
                        rs.getInt("respondents"), rs.getInt("rows_rejected"), issues(db, rs.getLong("id"))));
            }
        }
        return files;
    }

    private static List<String> issues(Connection db, long fileId) throws Exception {
        List<String> keys = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement(
                "SELECT code, severity, sheet, cell_ref, row_no, args FROM issue WHERE file_id = ?")) {
            query.setLong(1, fileId);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    String args = rs.getString("code").equals("duplicate-file") || rs.getString("args") == null
                            ? "" : rs.getString("args").replace('\u001f', '|');
                    keys.add(String.join(";", rs.getString("code"), rs.getString("severity"), String.valueOf(rs.getString("sheet")),
                            String.valueOf(rs.getString("cell_ref")), String.valueOf(rs.getInt("row_no")), args));
                }
            }
        }
        return keys.stream().sorted().toList();
    }
}
