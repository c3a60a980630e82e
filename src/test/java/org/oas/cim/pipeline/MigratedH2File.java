package org.oas.cim.pipeline;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import javax.sql.DataSource;
import java.nio.file.Path;

/**
 * A test's pipeline database: an H2 file under a folder, migrated to the latest schema, reached through one connection
 * held open (H2 would otherwise open and close the file for each statement). Close it after the test.
 */
public final class MigratedH2File implements AutoCloseable {
    private final SingleConnectionDataSource dataSource;
    private final JdbcTemplate jdbc;

    private MigratedH2File(SingleConnectionDataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    public static MigratedH2File in(Path folder) {
        String url = "jdbc:h2:file:" + folder.resolve("home").toAbsolutePath() + ";NON_KEYWORDS=VALUE,YEAR";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration/common", "classpath:db/migration/h2")
                .load().migrate();
        return new MigratedH2File(new SingleConnectionDataSource(url, "sa", "", true));
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    /** Input files 1 to {@code count} of phase-1, archived: {@code f1.csv}, {@code f2.csv}, ... */
    public void archivedFiles(int count) {
        for (int file = 1; file <= count; file++) {
            jdbc.update("INSERT INTO input_file (id, relative_path, file_name, sha256, size_bytes, status, claimed_at) "
                    + "VALUES (?, ?, ?, ?, 1, 'ARCHIVED', CURRENT_TIMESTAMP)", file, "phase-1/f" + file + ".csv", "f" + file + ".csv", "h" + file);
        }
    }

    @Override
    public void close() {
        dataSource.destroy();
    }
}
