package org.oas.cim.pipeline.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code bench cases} generates a CTDC case file and ingests it: every row a case of the study or counted outside it. */
class BenchCasesTest {
    @TempDir
    Path home;

    @Test
    void aGeneratedCaseFileIsIngestedWholeWithTheRowsOutsideTheStudyCountedOnce() throws Exception {
        StringWriter printed = new StringWriter();
        CommandLine command = new CommandLine(new BenchCommand());
        command.setOut(new PrintWriter(printed, true));

        int exit = command.execute("cases", "--rows", "3000", "--home", home.toString());

        assertThat(exit).as(printed.toString()).isZero();
        assertThat(printed.toString()).contains("Generated 3,000 case records", "cases COMPLETED: 3,000 records in",
                "step ingest-file:file-1", "Database: ");
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + home.resolve("data/pipeline").toAbsolutePath()
                + ";NON_KEYWORDS=VALUE,YEAR", "sa", "");
             ResultSet rs = db.createStatement().executeQuery("SELECT f.status, f.cases_outside_study, "
                     + "(SELECT COUNT(*) FROM case_record c WHERE c.file_id = f.id), "
                     + "(SELECT SUM(occurrences) FROM issue i WHERE i.file_id = f.id AND i.code = 'cases-outside-study') FROM input_file f")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("ARCHIVED");
            assertThat(rs.getLong(2)).isPositive();
            assertThat(rs.getLong(2) + rs.getLong(3)).isEqualTo(3000);
            assertThat(rs.getLong(4)).isEqualTo(1);
        }
    }
}
