package org.oas.cim.pipeline.schedule;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.oas.cim.pipeline.postgres.PostgresTestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The lock table on PostgreSQL, where several people share one database (skipped where none is configured). */
@ExtendWith(PostgresTestDatabase.IfConfigured.class)
class PipelineLockOnPostgresTest extends PipelineLockContract {
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void createTheTable() throws Exception {
        String url = PostgresTestDatabase.fromEnvironment().freshSchema("pipeline_lock_test");
        jdbc = new JdbcTemplate(new DriverManagerDataSource(url, System.getenv(PostgresTestDatabase.USER),
                System.getenv(PostgresTestDatabase.PASSWORD)));
        jdbc.execute(migration());
    }

    @Override
    JdbcTemplate jdbc() {
        return jdbc;
    }
}
