package org.oas.cim.pipeline.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oas.cim.pipeline.issue.Issue;
import org.oas.cim.pipeline.issue.IssueCode;
import org.oas.cim.pipeline.report.Cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A note repeated on every row of a file is one issue with its count; errors stay one per cell; counts stay exact. */
class RepeatedIssuesTest {
    private static final int ROWS = 120;

    @TempDir
    Path home;

    @Test
    void foldingKeepsTheFirstOccurrenceAndCountsTheOthers() {
        Issue first = Issue.of(IssueCode.NEW_ORGANIZATION, "S", 2, 3, "Nueva", "Nueva");
        Issue error = Issue.of(IssueCode.TYPE_ERROR, "S", 2, 4, "x", "P6", "estimate");
        List<Issue> folded = Issue.foldRepeats(List.of(first, error, Issue.of(IssueCode.NEW_ORGANIZATION, "S", 3, 3, "Nueva", "Nueva"),
                Issue.of(IssueCode.TYPE_ERROR, "S", 3, 4, "x", "P6", "estimate"), Issue.of(IssueCode.NEW_ORGANIZATION, "S", 4, 3, "Otra", "Otra")));
        assertThat(folded).extracting(Issue::code, Issue::row, Issue::occurrences).containsExactly(
                org.assertj.core.groups.Tuple.tuple(IssueCode.NEW_ORGANIZATION, 2, 2),
                org.assertj.core.groups.Tuple.tuple(IssueCode.TYPE_ERROR, 2, 1),
                org.assertj.core.groups.Tuple.tuple(IssueCode.TYPE_ERROR, 3, 1),
                org.assertj.core.groups.Tuple.tuple(IssueCode.NEW_ORGANIZATION, 4, 1));
    }

    @Test
    void aNewOrganizationOnEveryRowIsStoredOnceAndReportedWithItsCount() throws Exception {
        StringBuilder csv = new StringBuilder("País,Organización,Tipo de informante,Nombre de quien responde,P1,P6\n");
        for (int row = 0; row < ROWS; row++) {
            csv.append("Costa Rica,Fundación Inventada,ONG,Persona ").append(row).append(",Sí,").append(row % 2 == 0 ? "muchas" : "50").append('\n');
        }
        Files.createDirectories(home.resolve("inbox"));
        Files.writeString(home.resolve("inbox/CR_organizacion_nueva.csv"), csv, StandardCharsets.UTF_8);

        // Chunks of 7 records: the repeats of a note stored in an earlier chunk are added to it, chunk after chunk.
        System.setProperty("pipeline.chunk-size", "7");
        Cli.Result result;
        try {
            result = Cli.run("ingest", "--home", home.toString(), "--settle", "200ms");
        } finally {
            System.clearProperty("pipeline.chunk-size");
        }

        assertThat(result.exit()).as(result.out() + result.err()).isZero();
        // 120 notes folded into one; 60 type errors (one per bad cell) stay apart: the summary still counts all of them.
        assertThat(result.out()).contains("issues: 60 error, 120 info");
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + home.resolve("data/pipeline").toAbsolutePath(), "sa", "");
             ResultSet rs = db.createStatement().executeQuery(
                     "SELECT code, COUNT(*), SUM(occurrences), MIN(row_no) FROM issue GROUP BY code ORDER BY code")) {
            assertThat(rs.next()).isTrue();
            assertThat(List.of(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4))).containsExactly("new-organization", 1, ROWS, 2);
            assertThat(rs.next()).isTrue();
            assertThat(List.of(rs.getString(1), rs.getInt(2), rs.getInt(3))).containsExactly("type-error", ROWS / 2, ROWS / 2);
        }
        String report = Files.readString(home.resolve("archive/CR_organizacion_nueva.csv.report.csv"), StandardCharsets.UTF_8);
        assertThat(report).contains("(y 119 filas más como esta)");
    }
}
