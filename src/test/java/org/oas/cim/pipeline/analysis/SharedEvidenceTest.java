package org.oas.cim.pipeline.analysis;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oas.cim.pipeline.MigratedH2File;
import org.oas.cim.pipeline.StoredAnswers;
import org.oas.cim.pipeline.normalize.Value;
import org.oas.cim.pipeline.verify.Findings;
import org.oas.cim.pipeline.verify.Mentions;
import org.oas.cim.pipeline.verify.OptionFinding;
import org.oas.cim.pipeline.verify.Status;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The options of one item stand on the same answers: the real H2 file database holds them once, under the first
 * option's finding, and every option still lists them all, in the evidence file's order (the later options' from the
 * rows the first one's kept in a temporary file, deleted once listed) and in its counts.
 */
class SharedEvidenceTest {
    @TempDir
    Path dir;

    private MigratedH2File database;
    private JdbcTemplate jdbc;
    private FindingsStore store;

    private long anaP3;
    private long betoP3;
    private long carlaP3;
    private long anaP2;

    @BeforeEach
    void migrate() {
        database = MigratedH2File.in(dir);
        jdbc = database.jdbc();
        store = new FindingsStore(jdbc, Clock.systemUTC());
        database.archivedFiles(2);
        // Respondent 3 came from the first file after respondent 2 of the second had been stored: file order first.
        respondent(1, 1, "ana");
        respondent(2, 2, "beto");
        respondent(3, 1, "carla");
        anaP3 = answer(1, "P3", "B2");
        betoP3 = answer(2, "P3", "B2");
        carlaP3 = answer(3, "P3", "B3");
        anaP2 = answer(1, "P2", "C2");
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theOptionsOfAnItemStoreTheirAnswersOnceAndEachListsThemAll() throws Exception {
        List<Long> votersOfP3 = List.of(anaP3, betoP3, carlaP3);
        store.saveEvidence(7, "phase-1", findings(
                option("P3", "police", votersOfP3), option("P3", "ngo", new ArrayList<>(votersOfP3)),
                option("P3", "church", List.of(anaP3, betoP3, carlaP3)), option("P2", "yes", List.of(anaP2)),
                option("P2", "no", List.of(anaP2))));

        assertThat(jdbc.queryForObject("SELECT SUM(answer_count) FROM evidence_finding", Long.class)).isEqualTo(4);
        assertThat(store.evidenceCount(7, "phase-1", null, null)).isEqualTo(11);
        assertThat(store.evidenceCount(7, "phase-1", "CR", "P3")).isEqualTo(9);
        Path spill = Files.createDirectories(dir.resolve("tmp"));
        List<String> rows = new ArrayList<>();
        store.forEachEvidence(7, "phase-1", null, null, spill, row -> rows.add(String.join(" ", row[3], row[4], row[5], row[8], row[10])));
        assertThat(rows).containsExactly(
                "P2 no ana f1.csv C2",
                "P2 yes ana f1.csv C2",
                "P3 church ana f1.csv B2", "P3 church carla f1.csv B3", "P3 church beto f2.csv B2",
                "P3 ngo ana f1.csv B2", "P3 ngo carla f1.csv B3", "P3 ngo beto f2.csv B2",
                "P3 police ana f1.csv B2", "P3 police carla f1.csv B3", "P3 police beto f2.csv B2");
        try (Stream<Path> left = Files.list(spill)) {
            assertThat(left).as("the rows kept to list them again under the next options").isEmpty();
        }
    }

    @Test
    void aNewRunForgetsTheSharedAnswersWithTheFindings() {
        store.saveEvidence(7, "phase-1", findings(option("P3", "police", List.of(anaP3, betoP3)),
                option("P3", "ngo", List.of(anaP3, betoP3))));
        store.clearEvidence("phase-1");
        store.saveEvidence(8, "phase-1", findings(option("P3", "police", List.of(carlaP3))));

        assertThat(store.evidenceCount(7, "phase-1", null, null)).isZero();
        assertThat(store.evidenceCount(8, "phase-1", null, null)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT SUM(answer_count) FROM evidence_finding", Long.class)).isEqualTo(1);
    }

    private static OptionFinding option(String item, String option, List<Long> answerIds) {
        return new OptionFinding("CR", null, item, option, new Mentions(1, 3), new Mentions(0, 0), Status.STAGE1_ONLY, answerIds);
    }

    private static Findings findings(OptionFinding... options) {
        return new Findings(List.of(), List.of(), List.of(options), List.of(), List.of(), List.of());
    }

    private void respondent(long id, long file, String pseudonym) {
        jdbc.update("INSERT INTO respondent (id, file_id, pseudonym, instrument, stage, phase, country, sheet, row_no) "
                + "VALUES (?, ?, ?, 'questionnaire', 1, 'phase-1', 'CR', 'Sheet1', ?)", id, file, pseudonym, id + 1);
    }

    private long answer(long respondent, String item, String cell) {
        return StoredAnswers.add(jdbc, respondent, item, new Value.Codes(List.of("police", "ngo"), null), cell);
    }
}
