package org.oas.cim.pipeline.microdata;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A phase's respondents as the microdata reads them from the real H2 file database: in the order of country, stage,
 * pseudonym and id whatever the order they were stored in, each with its own answers, a respondent without answers
 * too, superseded files and other phases left out.
 */
class MicrodataStoreTest {
    @TempDir
    Path dir;

    private SingleConnectionDataSource dataSource;
    private JdbcTemplate jdbc;
    private MicrodataStore store;
    private final List<Object[]> respondents = new ArrayList<>();
    private final List<Object[]> answers = new ArrayList<>();

    @BeforeEach
    void migrate() {
        String url = "jdbc:h2:file:" + dir.resolve("home").toAbsolutePath() + ";NON_KEYWORDS=VALUE,YEAR";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration/common", "classpath:db/migration/h2")
                .load().migrate();
        // One connection held open: H2 would otherwise open and close the file for each of the test's inserts.
        dataSource = new SingleConnectionDataSource(url, "sa", "", true);
        jdbc = new JdbcTemplate(dataSource);
        for (int file = 1; file <= 2; file++) {
            jdbc.update("INSERT INTO input_file (id, relative_path, file_name, sha256, size_bytes, status, claimed_at) "
                    + "VALUES (?, ?, ?, ?, 1, 'ARCHIVED', CURRENT_TIMESTAMP)", file, "phase-1/f" + file + ".csv", "f" + file + ".csv", "h" + file);
        }
        store = new MicrodataStore(JdbcClient.create(dataSource));
    }

    @AfterEach
    void close() {
        dataSource.destroy();
    }

    @Test
    void respondentsComeInOrderEachWithItsOwnAnswers() {
        // Ids in arrival order, pseudonyms shuffled against them and some repeated.
        Random random = new Random(7);
        List<String> expected = new ArrayList<>();
        record Stored(String country, int stage, String pseudonym, long id) {
        }
        List<Stored> stored = new ArrayList<>();
        for (long id = 1; id <= 400; id++) {
            String country = random.nextBoolean() ? "CR" : "PA";
            int stage = 1 + random.nextInt(2);
            String pseudonym = "p" + random.nextInt(300);
            respond(id, 1, "phase-1", country, stage, pseudonym, false);
            if (id % 100 != 0) {
                answer(id, "P1", "c" + id);
                answer(id, "P3", "d" + id);
            }
            stored.add(new Stored(country, stage, pseudonym, id));
        }
        respond(5_000, 2, "phase-1", "CR", 1, "superseded", true);
        answer(5_000, "P1", "gone");
        respond(5_001, 1, "phase-2", "CR", 1, "other phase", false);
        jdbc.batchUpdate("INSERT INTO respondent (id, file_id, pseudonym, instrument, stage, phase, country, sheet, row_no, superseded) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, 'Sheet1', 2, ?)", respondents);
        jdbc.batchUpdate("INSERT INTO answer (respondent_id, item_code, value_kind, value_code, sheet, cell_ref) "
                + "VALUES (?, ?, 'code', ?, 'Sheet1', 'B2')", answers);
        stored.sort(Comparator.comparing(Stored::country).thenComparingInt(Stored::stage).thenComparing(Stored::pseudonym)
                .thenComparingLong(Stored::id));
        stored.forEach(s -> expected.add(s.country() + " " + s.stage() + " " + s.pseudonym() + " "
                + (s.id() % 100 == 0 ? "{}" : "{P1=c" + s.id() + ", P3=d" + s.id() + "}")));

        List<String> found = new ArrayList<>();
        store.forEachRespondent("phase-1", r -> found.add(r.country() + " " + r.stage() + " " + r.pseudonym() + " " + codes(r.answers())));

        assertThat(found).containsExactlyElementsOf(expected);
    }

    private static String codes(Map<String, StoredAnswer> answers) {
        return new TreeMap<>(answers).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().code()).toList().toString()
                .replace('[', '{').replace(']', '}');
    }

    private void respond(long id, long file, String phase, String country, int stage, String pseudonym, boolean superseded) {
        respondents.add(new Object[] {id, file, pseudonym, stage == 1 ? "questionnaire" : "interview", stage, phase, country, superseded});
    }

    private void answer(long respondent, String item, String code) {
        answers.add(new Object[] {respondent, item, code});
    }
}
