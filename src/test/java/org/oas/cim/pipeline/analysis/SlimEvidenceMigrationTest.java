package org.oas.cim.pipeline.analysis;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A home whose evidence was kept the old way (a row naming the finding per answer, every run kept) is moved to the
 * slim tables: the latest run of each phase keeps exactly its evidence, regions and details included, and older runs'
 * evidence goes.
 */
class SlimEvidenceMigrationTest {
    @TempDir
    Path dir;

    @Test
    void theLatestRunOfEachPhaseKeepsItsEvidenceRowForRow() {
        String url = "jdbc:h2:file:" + dir.resolve("home").toAbsolutePath() + ";NON_KEYWORDS=VALUE,YEAR";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration/common", "classpath:db/migration/h2")
                .target("13").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(url, "sa", ""));
        jdbc.update("INSERT INTO input_file (id, relative_path, file_name, sha256, size_bytes, status, claimed_at) "
                + "VALUES (1, 'phase-1/CR.csv', 'CR.csv', 'x', 1, 'ARCHIVED', CURRENT_TIMESTAMP)");
        jdbc.update("INSERT INTO respondent (id, file_id, pseudonym, instrument, stage, phase, country, sheet, row_no) "
                + "VALUES (1, 1, 'p1', 'questionnaire', 1, 'phase-1', 'CR', 'Sheet1', 2)");
        for (int answer = 1; answer <= 3; answer++) {
            jdbc.update("INSERT INTO answer (id, respondent_id, item_code, value_kind, value_code, sheet, cell_ref) "
                    + "VALUES (?, 1, 'P1', 'code', 'yes', 'Sheet1', ?)", answer, "B" + (answer + 1));
        }
        List<Object[]> old = new ArrayList<>();
        for (long run : List.of(1L, 2L)) {
            old.add(new Object[] {run, "indicators", null, "", 1L});
            old.add(new Object[] {run, "indicators", null, "", 2L});
            old.add(new Object[] {run, "indicators", "north", "", 3L});
            old.add(new Object[] {run, "options", null, "police", 1L});
        }
        jdbc.batchUpdate("INSERT INTO evidence (run_id, phase, finding_table, country, region, indicator, detail, answer_id) "
                + "VALUES (?, 'phase-1', ?, 'CR', ?, 'P1', ?, ?)", old);
        jdbc.update("INSERT INTO phase_run (phase, run_id, published_at) VALUES ('phase-1', 2, CURRENT_TIMESTAMP)");

        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration/common", "classpath:db/migration/h2")
                .load().migrate();

        FindingsStore store = new FindingsStore(jdbc, Clock.systemUTC());
        assertThat(store.evidenceCount(1, "phase-1", null, null)).isZero();
        assertThat(store.evidenceCount(2, "phase-1", null, null)).isEqualTo(4);
        List<String> rows = new ArrayList<>();
        store.forEachEvidence(2, "phase-1", null, null, dir, row -> rows.add(String.join("|", row[0], row[2], row[4], row[10])));
        assertThat(rows).containsExactly("indicators|||B2", "indicators|||B3", "indicators|north||B4", "options||police|B2");
    }
}
