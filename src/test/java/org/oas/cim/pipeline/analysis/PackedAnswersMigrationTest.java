package org.oas.cim.pipeline.analysis;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oas.cim.pipeline.StoredAnswers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A home whose answers and evidence were kept a row each is moved to packed values (V22 to V28): every answer keeps
 * its item, value and cell, in the order of its old id; an answer a purge had emptied is left out; the evidence of the
 * published findings names the same cells as before, shared answers included.
 */
class PackedAnswersMigrationTest {
    private static final String LOCATIONS_COMMON = "classpath:db/migration/common";
    private static final String LOCATIONS_H2 = "classpath:db/migration/h2";

    @TempDir
    Path dir;

    @Test
    void everyAnswerAndTheEvidenceBehindEachFindingSurviveThePacking() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("home").toAbsolutePath() + ";NON_KEYWORDS=VALUE,YEAR";
        Flyway.configure().dataSource(url, "sa", "").locations(LOCATIONS_COMMON, LOCATIONS_H2).target("21").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(url, "sa", ""));
        jdbc.update("INSERT INTO input_file (id, relative_path, file_name, sha256, size_bytes, status, claimed_at) "
                + "VALUES (1, 'phase-1/CR.csv', 'CR.csv', 'x', 1, 'ARCHIVED', CURRENT_TIMESTAMP)");
        for (long respondent = 1; respondent <= 2; respondent++) {
            jdbc.update("INSERT INTO respondent (id, file_id, pseudonym, instrument, stage, phase, country, sheet, row_no) "
                    + "VALUES (?, 1, ?, 'questionnaire', 1, 'phase-1', 'CR', 'Sheet1', ?)", respondent, "p" + respondent, respondent + 1);
        }
        // Ids out of respondent order, as files ingested side by side left them; respondent 2's birth date was purged.
        jdbc.update("INSERT INTO answer (id, respondent_id, item_code, value_kind, value_code, other_note, sheet, cell_ref) "
                + "VALUES (10, 2, 'P3', 'codes', 'police ngo', 'la iglesia', 'Sheet1', 'C3')");
        jdbc.update("INSERT INTO answer (id, respondent_id, item_code, value_kind, date_value, month_precision, sheet, cell_ref) "
                + "VALUES (11, 2, 'R9', 'date', NULL, FALSE, 'Sheet1', 'D3')");
        jdbc.update("INSERT INTO answer (id, respondent_id, item_code, value_kind, low_value, high_value, approximate, sheet, cell_ref) "
                + "VALUES (12, 2, 'P6', 'interval', 200, NULL, TRUE, 'Sheet1', 'E3')");
        jdbc.update("INSERT INTO answer (id, respondent_id, item_code, value_kind, value_code, sheet, cell_ref) "
                + "VALUES (20, 1, 'P3', 'codes', 'ngo', 'Sheet1', 'C2')");
        jdbc.update("INSERT INTO answer (id, respondent_id, item_code, value_kind, count_value, sheet, cell_ref) "
                + "VALUES (21, 1, 'O1', 'count', 120, 'Sheet1', 'F2')");
        jdbc.update("INSERT INTO answer (id, respondent_id, item_code, value_kind, sheet, cell_ref) "
                + "VALUES (22, 1, 'P1', 'unknown', 'Sheet1', 'B2')");
        jdbc.update("INSERT INTO evidence_finding (id, run_id, phase, finding_table, country, indicator, detail) "
                + "VALUES (1, 7, 'phase-1', 'options', 'CR', 'P3', 'police')");
        jdbc.update("INSERT INTO evidence_finding (id, run_id, phase, finding_table, country, indicator, detail, answers_of) "
                + "VALUES (2, 7, 'phase-1', 'options', 'CR', 'P3', 'ngo', 1)");
        jdbc.update("INSERT INTO evidence_finding (id, run_id, phase, finding_table, country, indicator, detail) "
                + "VALUES (3, 7, 'phase-1', 'estimates', 'CR', 'P6', '')");
        jdbc.batchUpdate("INSERT INTO finding_evidence (finding_id, answer_id) VALUES (?, ?)",
                List.of(new Object[] {1, 10}, new Object[] {1, 20}, new Object[] {3, 12}));
        jdbc.update("INSERT INTO phase_run (phase, run_id, published_at) VALUES ('phase-1', 7, CURRENT_TIMESTAMP)");

        Flyway.configure().dataSource(url, "sa", "").locations(LOCATIONS_COMMON, LOCATIONS_H2).load().migrate();

        try (Connection db = DriverManager.getConnection(url, "sa", "")) {
            assertThat(StoredAnswers.of(db, "SELECT pseudonym, answers FROM respondent ORDER BY id").stream().map(StoredAnswers.Row::line))
                    .containsExactly(
                            "p1|P3|codes|Codes[codes=[ngo], otherNote=null]|C2",
                            "p1|O1|count|Count[value=120]|F2",
                            "p1|P1|unknown|Unknown[]|B2",
                            "p2|P3|codes|Codes[codes=[police, ngo], otherNote=la iglesia]|C3",
                            "p2|P6|interval|Interval[low=200, high=null, approximate=true]|E3");
        }
        assertThat(jdbc.queryForList("SELECT answer_count FROM respondent ORDER BY id", Integer.class)).containsExactly(3, 2);
        FindingsStore store = new FindingsStore(jdbc, Clock.systemUTC());
        assertThat(store.evidenceCount(7, "phase-1", null, null)).isEqualTo(5);
        List<String> rows = new ArrayList<>();
        store.forEachEvidence(7, "phase-1", null, null, dir, row -> rows.add(String.join("|", row[0], row[3], row[4], row[5], row[10], row[11])));
        assertThat(rows).containsExactly(
                "estimates|P6||p2|E3|[200, open] approximate",
                "options|P3|ngo|p1|C2|ngo",
                "options|P3|ngo|p2|C3|police ngo",
                "options|P3|police|p1|C2|ngo",
                "options|P3|police|p2|C3|police ngo");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.tables WHERE table_name IN ('ANSWER', 'FINDING_EVIDENCE')",
                Integer.class)).isZero();
    }
}
