package org.oas.cim.pipeline.ingest;

import org.oas.cim.pipeline.StoredAnswers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oas.cim.pipeline.launch.JobRunner;
import org.oas.cim.pipeline.system.PipelineContext;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The ingest job on the real H2 file database: revisions, duplicates, files that break half-way, links. */
class IngestJobTest {
    private static final String HEADER = "País;Organización;Tipo de informante;Nombre de quien responde;P1;P6\r\n";
    private static final AtomicInteger RUNS = new AtomicInteger();

    @TempDir
    Path home;

    private void ingest() throws Exception {
        try (ConfigurableApplicationContext context = PipelineContext.start(home, Path.of("jobs"), null,
                Map.of("pipeline.settle-time", "100ms", "pipeline.chunk-size", "2"))) {
            var outcome = context.getBean(JobRunner.class).run(context.getBean("ingestJob", Job.class),
                    new JobParametersBuilder().addString("run", String.valueOf(RUNS.incrementAndGet())).toJobParameters());
            assertThat(outcome.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        }
    }

    private void drop(String relativePath, String content) throws Exception {
        Path file = home.resolve("inbox").resolve(relativePath);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private <T> T query(String sql, Class<T> type, Object... params) {
        try (var dataSource = new org.springframework.jdbc.datasource.SingleConnectionDataSource(
                "jdbc:h2:file:" + home.resolve("data/pipeline") + ";NON_KEYWORDS=VALUE,YEAR", "sa", "", true)) {
            return JdbcClient.create(dataSource).sql(sql).params(params).query(type).single();
        }
    }

    private List<String> column(String sql, Object... params) {
        try (var dataSource = new org.springframework.jdbc.datasource.SingleConnectionDataSource(
                "jdbc:h2:file:" + home.resolve("data/pipeline") + ";NON_KEYWORDS=VALUE,YEAR", "sa", "", true)) {
            return JdbcClient.create(dataSource).sql(sql).params(params).query(String.class).list();
        }
    }

    private List<StoredAnswers.Row> answers(String sql) throws java.sql.SQLException {
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(
                "jdbc:h2:file:" + home.resolve("data/pipeline") + ";NON_KEYWORDS=VALUE,YEAR", "sa", "")) {
            return StoredAnswers.of(db, sql);
        }
    }

    @Test
    void aRevisionReplacesTheEarlierAnswersWhichStayMarkedSuperseded() throws Exception {
        drop("phase-1/CR_revisado.csv", HEADER + "Costa Rica;Casa Alianza;ONG;Ana Pérez;Sí;100\r\nCosta Rica;PANIAMOR;ONG;Luis Mora;No;200\r\n");
        ingest();
        drop("phase-1/CR_revisado.csv", HEADER + "Costa Rica;Casa Alianza;ONG;Ana Pérez;No;150\r\nCosta Rica;PANIAMOR;ONG;Luis Mora;No;200\r\n"
                + "Costa Rica;CEFEMINA;ONG;Rosa Díaz;Sí;300\r\n");
        ingest();

        assertThat(query("SELECT COUNT(*) FROM input_file WHERE relative_path = 'phase-1/CR_revisado.csv'", Long.class)).isEqualTo(2);
        assertThat(query("SELECT COUNT(*) FROM respondent WHERE superseded = TRUE", Long.class)).isEqualTo(2);
        assertThat(query("SELECT COUNT(*) FROM respondent WHERE superseded = FALSE", Long.class)).isEqualTo(3);
        assertThat(answers("SELECT r.answers FROM respondent r WHERE r.superseded = FALSE ORDER BY r.row_no").stream()
                .filter(answer -> answer.itemCode().equals("P1")).map(StoredAnswers.Row::code)).containsExactly("no", "no", "yes");
        assertThat(column("SELECT code FROM issue WHERE code = 'revision'")).hasSize(1);
        assertThat(home.resolve("archive/phase-1/CR_revisado.csv")).exists();
        assertThat(home.resolve("archive/phase-1/CR_revisado (2).csv")).exists();
        // The revision does not make its own respondents duplicates of the answers it replaces.
        assertThat(column("SELECT code FROM issue WHERE code = 'duplicate-respondent'")).isEmpty();
    }

    @Test
    void theSameBytesTwiceAreArchivedAsADuplicateAndNotIngestedAgain() throws Exception {
        String content = HEADER + "Costa Rica;Casa Alianza;ONG;Ana Pérez;Sí;100\r\n";
        drop("phase-1/CR_a.csv", content);
        drop("phase-1/CR_b.csv", content);
        ingest();

        assertThat(column("SELECT status FROM input_file ORDER BY relative_path")).containsExactly("ARCHIVED", "DUPLICATE");
        assertThat(query("SELECT COUNT(*) FROM respondent", Long.class)).isEqualTo(1);
        assertThat(home.resolve("archive/phase-1/CR_b.csv")).hasContent(content);
        assertThat(column("SELECT code FROM issue WHERE code = 'duplicate-file'")).hasSize(1);
    }

    @Test
    void aFileThatBreaksHalfWayIsRolledBackWhileTheNextFileIsTaken() throws Exception {
        StringBuilder broken = new StringBuilder(HEADER);
        for (int i = 0; i < 30; i++) {
            broken.append("Costa Rica;Casa Alianza;ONG;Persona ").append(i).append(";Sí;100\r\n");
        }
        broken.append("Costa Rica;\"Casa Alianza;ONG;sin cerrar;Sí;100\r\n");
        drop("phase-1/CR_1_roto.csv", broken.toString());
        drop("phase-1/CR_2_sano.csv", HEADER + "Costa Rica;PANIAMOR;ONG;Luis Mora;No;200\r\n");
        ingest();

        assertThat(column("SELECT status FROM input_file ORDER BY relative_path")).containsExactly("REJECTED", "ARCHIVED");
        assertThat(column("SELECT rejection_code FROM input_file WHERE relative_path = 'phase-1/CR_1_roto.csv'")).containsExactly("format-error");
        assertThat(query("""
                SELECT COUNT(*) FROM respondent r JOIN input_file f ON f.id = r.file_id WHERE f.relative_path = 'phase-1/CR_1_roto.csv'""",
                Long.class)).isZero();
        assertThat(query("SELECT COUNT(*) FROM respondent", Long.class)).isEqualTo(1);
        assertThat(home.resolve("rejected/phase-1/CR_1_roto.csv")).hasContent(broken.toString());
    }

    @Test
    void aLinkInTheInboxIsNeverFollowedNorItsTargetTouched() throws Exception {
        Path outside = Files.createDirectories(home.resolve("elsewhere")).resolve("CR_secret.csv");
        String content = HEADER + "Costa Rica;Casa Alianza;ONG;Ana Pérez;Sí;100\r\n";
        Files.writeString(outside, content, StandardCharsets.UTF_8);
        Files.createDirectories(home.resolve("inbox"));
        Files.createSymbolicLink(home.resolve("inbox/CR_link.csv"), outside);
        ingest();

        assertThat(query("SELECT COUNT(*) FROM input_file", Long.class)).isZero();
        assertThat(outside).hasContent(content);
        assertThat(Files.isSymbolicLink(home.resolve("inbox/CR_link.csv"))).isTrue();
    }
}
