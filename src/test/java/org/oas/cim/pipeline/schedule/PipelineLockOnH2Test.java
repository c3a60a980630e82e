package org.oas.cim.pipeline.schedule;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.nio.file.Path;

/** The lock table on an H2 file database, the default. */
class PipelineLockOnH2Test extends PipelineLockContract {
    @TempDir
    static Path folder;

    private static JdbcTemplate jdbc;

    @BeforeAll
    static void createTheTable() throws Exception {
        jdbc = new JdbcTemplate(new DriverManagerDataSource("jdbc:h2:file:" + folder.resolve("locks") + ";DB_CLOSE_DELAY=-1", "sa", ""));
        jdbc.execute(migration());
    }

    @AfterAll
    static void closeTheDatabase() {
        jdbc.execute("SHUTDOWN");
    }

    @Override
    JdbcTemplate jdbc() {
        return jdbc;
    }
}
