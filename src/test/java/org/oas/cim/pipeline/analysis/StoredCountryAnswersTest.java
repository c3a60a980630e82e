package org.oas.cim.pipeline.analysis;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oas.cim.pipeline.StoredAnswers;
import org.oas.cim.pipeline.normalize.Value;
import org.oas.cim.pipeline.verify.CountryAnswers;
import org.oas.cim.pipeline.verify.CountryAnswers.LatestResponse;
import org.oas.cim.pipeline.verify.VerifiableAnswer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A country's answers as the analysis reads them from the real H2 file database: each respondent once, as its latest
 * response describes it (the latest date, an undated response older than any dated one; then the later file; then the
 * later row), only respondents with answers, the two stages apart, superseded files left out.
 */
class StoredCountryAnswersTest {
    @TempDir
    Path dir;

    private JdbcTemplate jdbc;
    private CountryAnswers costaRica;

    @BeforeEach
    void migrate() {
        String url = "jdbc:h2:file:" + dir.resolve("home").toAbsolutePath() + ";NON_KEYWORDS=VALUE,YEAR";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration/common", "classpath:db/migration/h2")
                .load().migrate();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url, "sa", "");
        jdbc = new JdbcTemplate(dataSource);
        for (int file = 1; file <= 3; file++) {
            jdbc.update("INSERT INTO input_file (id, relative_path, file_name, sha256, size_bytes, status, claimed_at) "
                    + "VALUES (?, ?, ?, ?, 1, 'ARCHIVED', CURRENT_TIMESTAMP)", file, "phase-1/CR" + file + ".csv", "CR" + file + ".csv", "h" + file);
        }
        costaRica = new PhaseInputStore(JdbcClient.create(dataSource), new DataSourceTransactionManager(dataSource)).countryAnswers("phase-1", "CR");
    }

    @Test
    void eachRespondentCountsOnceAsItsLatestResponseDescribesIt() {
        respond(1, "ana", 1, "ngo", "Casa Alianza", LocalDate.of(2002, 1, 10), false, 2);
        respond(2, "ana", 1, "expert", "Paniamor", LocalDate.of(2002, 3, 1), false, 1);
        respond(3, "ana", 3, "academia", "UCR", null, false, 3);
        // The same date: the later file wins, whatever the answer ids say.
        respond(4, "beto", 3, "ngo", "Defensa", LocalDate.of(2002, 5, 5), false, 1);
        respond(5, "beto", 2, "media", "La Nación", LocalDate.of(2002, 5, 5), false, 4);
        // The same date and file: the later row (the respondent stored later) wins.
        respond(6, "carla", 1, "ngo", "A", null, false, 1);
        respond(7, "carla", 1, "expert", "B", null, false, 1);
        // The same pseudonym in the interviews is another respondent; no answers, or a superseded file, count for nothing.
        respond(8, "ana", 1, "police", "OIJ", null, false, 2, 2);
        respond(9, "dora", 1, "ngo", "Sin respuestas", null, false, 1, 0);
        respond(10, "eva", 1, "ngo", "Reemplazada", null, true, 1);

        List<String> counted = new ArrayList<>();
        costaRica.forEachRespondent(r -> counted.add(describe(r)));

        assertThat(counted).containsExactlyInAnyOrder("1 expert Paniamor", "1 ngo Defensa", "1 expert B", "2 police OIJ");
    }

    @Test
    void theLaterRowWinsWhateverOrderItsAnswersWereStoredIn() {
        // A chunk stored item by item: the later row's only answer (P1) came before the earlier row's P6.
        respond(1, "carla", 1, "ngo", "Fila anterior", null, false, 0);
        respond(2, "carla", 1, "expert", "Fila posterior", null, false, 0);
        answer(1, "P1");
        answer(2, "P1");
        answer(1, "P6");

        List<String> counted = new ArrayList<>();
        costaRica.forEachRespondent(r -> counted.add(describe(r)));

        assertThat(counted).containsExactly("1 expert Fila posterior");
    }

    @Test
    void answersToAnItemKeepEveryResponse() {
        respond(1, "ana", 2, "ngo", "Casa Alianza", LocalDate.of(2002, 1, 10), false, 2);
        respond(2, "ana", 1, "expert", "Paniamor", LocalDate.of(2002, 3, 1), false, 1);

        List<VerifiableAnswer> answers = costaRica.answersTo(List.of("P1"));

        assertThat(answers).extracting(a -> a.fileOrder() + " " + a.organization() + " " + a.responseDate())
                .containsExactlyInAnyOrder("1 Paniamor 2002-03-01", "2 Casa Alianza 2002-01-10", "2 Casa Alianza 2002-01-10");
        List<String> organizationsOfFile2 = answers.stream().filter(a -> a.fileOrder() == 2).map(VerifiableAnswer::organization).toList();
        assertThat(organizationsOfFile2.get(0)).isSameAs(organizationsOfFile2.get(1));
    }

    @Test
    void answersToSeveralItemsGiveEachAnswerOnceWithItsFileAndId() {
        respond(1, "ana", 2, "ngo", "Casa Alianza", null, false, 0);
        respond(2, "beto", 1, "ngo", "Paniamor", null, false, 0);
        respond(3, "carla", 1, "ngo", "UCR", null, false, 0);
        // An answer's id is its respondent's id and its place among the respondent's answers.
        answer(2, "P2");
        answer(3, "P2");
        answer(2, "P1");
        answer(3, "P1");
        answer(1, "P1");
        answer(1, "P2");

        assertThat(costaRica.answersTo(List.of("P2", "P1", "P2"))).extracting(a -> a.respondent() + " " + a.itemCode() + " "
                        + a.fileOrder() + " " + a.answerId())
                .containsExactlyInAnyOrder("beto P2 1 2000", "carla P2 1 3000", "beto P1 1 2001", "carla P1 1 3001", "ana P1 2 1000",
                        "ana P2 2 1001");
    }

    private void respond(long id, String pseudonym, long file, String sourceType, String organization, LocalDate date,
                         boolean superseded, int answers) {
        respond(id, pseudonym, file, sourceType, organization, date, superseded, 1, answers);
    }

    private void respond(long id, String pseudonym, long file, String sourceType, String organization, LocalDate date,
                         boolean superseded, int stage, int answers) {
        jdbc.update("INSERT INTO respondent (id, file_id, pseudonym, instrument, stage, phase, country, sheet, row_no, source_type, "
                        + "organization, response_date, superseded) VALUES (?, ?, ?, ?, ?, 'phase-1', 'CR', 'Sheet1', 2, ?, ?, ?, ?)",
                id, file, pseudonym, stage == 1 ? "questionnaire" : "interview", stage, sourceType, organization,
                date == null ? null : Date.valueOf(date), superseded);
        for (int i = 0; i < answers; i++) {
            answer(id, "P1");
        }
    }

    private void answer(long respondent, String item) {
        StoredAnswers.add(jdbc, respondent, item, new Value.Code("yes"), "B2");
    }

    private static String describe(LatestResponse response) {
        return response.stage() + " " + response.sourceType() + " " + response.organization();
    }
}
