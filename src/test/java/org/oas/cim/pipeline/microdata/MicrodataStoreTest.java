package org.oas.cim.pipeline.microdata;

import org.oas.cim.pipeline.StoredAnswers;
import org.oas.cim.pipeline.normalize.Value;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oas.cim.pipeline.MigratedH2File;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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

    private MigratedH2File database;
    private JdbcTemplate jdbc;
    private MicrodataStore store;
    private final List<Object[]> respondents = new ArrayList<>();
    private final List<Object[]> answers = new ArrayList<>();

    @BeforeEach
    void migrate() {
        database = MigratedH2File.in(dir);
        jdbc = database.jdbc();
        store = new MicrodataStore(JdbcClient.create(database.dataSource()), new DataSourceTransactionManager(database.dataSource()));
        database.archivedFiles(2);
    }

    @AfterEach
    void close() {
        database.close();
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
        answers.forEach(answer -> StoredAnswers.add(jdbc, (Long) answer[0], (String) answer[1], new Value.Code((String) answer[2]), "B2"));
        stored.sort(Comparator.comparing(Stored::country).thenComparingInt(Stored::stage).thenComparing(Stored::pseudonym)
                .thenComparingLong(Stored::id));
        stored.forEach(s -> expected.add(s.country() + " " + s.stage() + " " + s.pseudonym() + " "
                + (s.id() % 100 == 0 ? "{}" : "{P1=c" + s.id() + ", P3=d" + s.id() + "}")));

        List<String> found = new ArrayList<>();
        store.forEachRespondent("phase-1", r -> found.add(r.country() + " " + r.stage() + " " + r.pseudonym() + " " + codes(r.answers())));

        assertThat(found).containsExactlyElementsOf(expected);
    }

    @Test
    void respondentsAreReadInATransactionFromAnyThreadSoThatPostgresStreamsThem() throws InterruptedException {
        respond(1, 1, "phase-1", "CR", 1, "p1", false);
        respond(2, 1, "phase-1", "CR", 1, "p2", false);
        jdbc.batchUpdate("INSERT INTO respondent (id, file_id, pseudonym, instrument, stage, phase, country, sheet, row_no, superseded) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, 'Sheet1', 2, ?)", respondents);
        List<Boolean> inTransaction = new ArrayList<>();
        // As the phase's analysis writes the microdata: on a thread of its own, outside the step's transaction.
        Thread writer = new Thread(() -> store.forEachRespondent("phase-1",
                r -> inTransaction.add(TransactionSynchronizationManager.isActualTransactionActive())));
        writer.start();
        writer.join();
        assertThat(inTransaction).containsExactly(true, true);
    }

    @Test
    void theCodesNamedInAnItemAreThoseOfThePhasesCurrentAnswers() {
        respond(1, 1, "phase-1", "CR", 1, "p1", false);
        respond(2, 1, "phase-1", "PA", 2, "p2", false);
        respond(3, 2, "phase-1", "CR", 1, "replaced", true);
        respond(4, 1, "phase-2", "CR", 1, "elsewhere", false);
        jdbc.batchUpdate("INSERT INTO respondent (id, file_id, pseudonym, instrument, stage, phase, country, sheet, row_no, superseded) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, 'Sheet1', 2, ?)", respondents);
        StoredAnswers.add(jdbc, 1, "P1", new Value.Code("yes"), "B2");
        StoredAnswers.add(jdbc, 1, "C1", new Value.Codes(List.of("PA", "MX"), null), "C2");
        StoredAnswers.add(jdbc, 2, "C1", new Value.Codes(List.of("CR", "MX"), null), "C3");
        StoredAnswers.add(jdbc, 3, "C1", new Value.Codes(List.of("US"), null), "C4");
        StoredAnswers.add(jdbc, 4, "C1", new Value.Codes(List.of("CA"), null), "C5");

        assertThat(store.namedCodes("phase-1", "C1")).containsExactly("CR", "MX", "PA");
        assertThat(store.namedCodes("phase-1", "P1")).isEmpty();
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
