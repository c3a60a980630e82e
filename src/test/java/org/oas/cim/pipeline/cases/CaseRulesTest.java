package org.oas.cim.pipeline.cases;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oas.cim.pipeline.codebook.Codebook;
import org.oas.cim.pipeline.codebook.CodebookLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * cases.md's triangulation table, rule by rule, on cases stored in a real H2 file database through {@link CaseStore}:
 * which cases count for each indicator of a country, and which name each option.
 */
class CaseRulesTest {
    private static final Codebook CODEBOOK = CodebookLoader.load(Path.of("jobs"));

    @TempDir
    Path dir;

    private CaseStore store;
    private JdbcTemplate jdbc;
    private final List<CaseRow> rows = new ArrayList<>();

    @BeforeEach
    void database() {
        String url = "jdbc:h2:file:" + dir.resolve("cases").toAbsolutePath() + ";NON_KEYWORDS=VALUE,YEAR";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration/common", "classpath:db/migration/h2")
                .load().migrate();
        jdbc = new JdbcTemplate(new DriverManagerDataSource(url, "sa", ""));
        store = new CaseStore(jdbc);
    }

    /** Stores the cases given so far in one taken file (or one since replaced by a revision), and reads the rules. */
    private Map<String, OptionCases> rulesOf(String country) {
        long file = file("ARCHIVED");
        store.insert(file, rows);
        return new CaseRules(CODEBOOK, store).of(country);
    }

    private long file(String status) {
        jdbc.update("""
                INSERT INTO input_file (relative_path, file_name, sha256, size_bytes, status, claimed_at)
                VALUES ('cases.csv', 'cases.csv', ?, 1, ?, ?)""", "sha" + System.nanoTime(), status, Timestamp.from(Instant.EPOCH));
        return jdbc.queryForObject("SELECT MAX(id) FROM input_file", Long.class);
    }

    private void cases(int count, String gender, String band, String citizenship, String exploitation, List<String> forms,
                       List<String> means, List<String> recruiters) {
        for (int i = 0; i < count; i++) {
            rows.add(new CaseRow("cases", rows.size() + 2, 2018, null, gender, band, null, citizenship, exploitation,
                    forms, means, recruiters, null, true));
        }
    }

    @Test
    void formsOfExploitationCountTheCasesExploitedThereWhoseFormsAreKnown() {
        cases(3, "female", "18_20", "GT", "MX", List.of("sexual_exploitation", "prostitution"), null, null);
        cases(2, "female", "18_20", "GT", "MX", List.of("pornography"), null, null);
        cases(1, "male", "30_38", "MX", "MX", List.of("forced_labour", "domestic_servitude", "servile_marriage"), null, null);
        cases(1, "male", "30_38", "MX", "MX", List.of(), null, null);
        cases(4, "male", "30_38", "MX", "MX", null, null, null);
        cases(5, "female", "18_20", "MX", "US", List.of("prostitution"), null, null);
        OptionCases p3 = rulesOf("MX").get("P3");
        assertThat(p3.n("prostitution")).isEqualTo(7);
        assertThat(p3.with("prostitution")).isEqualTo(3);
        assertThat(p3.with("pornography")).isEqualTo(2);
        assertThat(p3.with("forced_labour")).isEqualTo(1);
        assertThat(p3.with("domestic_servitude")).isEqualTo(1);
        assertThat(p3.with("servile_marriage")).isEqualTo(1);
        assertThat(p3.comparable("prostitution")).isTrue();
        assertThat(p3.comparable("sex_tourism")).isFalse();
        assertThat(p3.comparable("other")).isFalse();
    }

    @Test
    void victimGroupsByAgeBandAloneAndGenderPastChildhood() {
        cases(2, "female", "18_20", "GT", "MX", null, null, null);   // women
        cases(3, "female", "48_plus", "GT", "MX", null, null, null); // women
        cases(4, "female", "9_17", "GT", "MX", null, null, null);    // girls
        cases(5, "male", "9_17", "GT", "MX", null, null, null);      // boys
        cases(6, null, "0_8", "GT", "MX", null, null, null);         // children, whatever the gender
        cases(7, "male", "0_8", "GT", "MX", null, null, null);       // children
        cases(8, "male", "24_26", "GT", "MX", null, null, null);     // men
        cases(9, "trans_nonconforming", "24_26", "GT", "MX", null, null, null); // known, names none
        cases(10, "female", null, "GT", "MX", null, null, null);     // no band: not known
        cases(11, null, "24_26", "GT", "MX", null, null, null);      // no gender past 0--8: not known
        OptionCases p4 = rulesOf("MX").get("P4");
        assertThat(p4.n("women")).isEqualTo(2 + 3 + 4 + 5 + 6 + 7 + 8 + 9);
        assertThat(p4.with("women")).isEqualTo(5);
        assertThat(p4.with("girls")).isEqualTo(4);
        assertThat(p4.with("boys")).isEqualTo(5);
        assertThat(p4.with("children")).isEqualTo(13);
        assertThat(p4.with("men")).isEqualTo(8);
    }

    @Test
    void originCountriesAreTheForeignersExploitedThereAndDestinationsWhereCitizensAreExploitedElsewhere() {
        cases(4, "female", "18_20", "GT", "MX", null, null, null);
        cases(2, "female", "18_20", "HN", "MX", null, null, null);
        cases(3, "female", "18_20", "MX", "MX", null, null, null);
        cases(1, "female", "18_20", null, "MX", null, null, null);
        cases(5, "female", "18_20", "MX", "US", null, null, null);
        cases(6, "female", "18_20", "MX", null, null, null, null);
        Map<String, OptionCases> mx = rulesOf("MX");
        OptionCases p7 = mx.get("P7");
        assertThat(p7.n("GT")).as("exploited in MX, citizenship known and not MX").isEqualTo(6);
        assertThat(p7.with("GT")).isEqualTo(4);
        assertThat(p7.with("HN")).isEqualTo(2);
        assertThat(p7.with("MX")).isZero();
        OptionCases p8 = mx.get("P8");
        assertThat(p8.n("US")).as("citizens of MX exploited elsewhere, known").isEqualTo(5);
        assertThat(p8.with("US")).isEqualTo(5);
        OptionCases p2 = mx.get("P2");
        assertThat(p2.n("origin")).as("citizens of MX whose country of exploitation is known").isEqualTo(8);
        assertThat(p2.with("origin")).as("exploited elsewhere").isEqualTo(5);
        assertThat(p2.n("destination")).as("exploited in MX whose citizenship is known").isEqualTo(9);
        assertThat(p2.with("destination")).as("citizens elsewhere").isEqualTo(6);
        assertThat(p2.comparable("transit")).isFalse();
    }

    @Test
    void recruitmentByRelationAbductionAndDebtBondage() {
        cases(2, "female", "18_20", "GT", "MX", null, List.of("debt_bondage", "threats"), List.of("family"));
        cases(3, "female", "18_20", "GT", "MX", null, null, List.of("romantic_deception", "abduction"));
        cases(1, "female", "18_20", "GT", "MX", null, List.of("false_promises"), null);
        cases(4, "female", "18_20", "GT", "MX", null, null, null);
        OptionCases p9 = rulesOf("MX").get("P9");
        assertThat(p9.n("family")).isEqualTo(6);
        assertThat(p9.with("family")).isEqualTo(2);
        assertThat(p9.with("debt_bondage")).isEqualTo(2);
        assertThat(p9.with("romantic_deception")).isEqualTo(3);
        assertThat(p9.with("abduction")).isEqualTo(3);
        assertThat(p9.comparable("false_job_offer")).as("false promises are no false job offer").isFalse();
        assertThat(p9.comparable("advertisement")).isFalse();
    }

    @Test
    void casesOfARevisedOrRejectedFileDoNotCount() {
        cases(12, "female", "18_20", "GT", "MX", List.of("prostitution"), null, null);
        long rejected = file("REJECTED");
        store.insert(rejected, rows);
        assertThat(new CaseRules(CODEBOOK, store).of("MX").get("P3").n("prostitution")).isZero();
        long replaced = file("ARCHIVED");
        store.insert(replaced, rows);
        long revision = file("ARCHIVED");
        jdbc.update("UPDATE input_file SET superseded_by = ? WHERE id = ?", revision, replaced);
        assertThat(new CaseRules(CODEBOOK, store).of("MX").get("P3").n("prostitution")).isZero();
        store.insert(revision, rows.subList(0, 11));
        assertThat(new CaseRules(CODEBOOK, store).of("MX").get("P3").n("prostitution")).isEqualTo(11);
    }

    @Test
    void casesOutsideTheStudyAreCountedNotStored() {
        cases(2, "female", "18_20", "GT", "MX", null, null, null);
        rows.add(new CaseRow("cases", 9, null, null, null, null, null, "UA", "PL", null, null, null, null, false));
        long file = file("ARCHIVED");
        store.insert(file, rows);
        assertThat(store.casesOf(file)).isEqualTo(2);
        assertThat(store.outsideStudyOf(file)).isEqualTo(1);
        store.discardOf(file);
        assertThat(store.casesOf(file)).isZero();
        assertThat(store.outsideStudyOf(file)).isZero();
    }
}
