package org.oas.cim.pipeline.system;

import org.springframework.batch.infrastructure.support.DatabaseType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.MetaDataAccessException;

import javax.sql.DataSource;
import java.util.OptionalLong;

/** How much room a PostgreSQL database takes, as the server counts it (the H2 file is measured on disk, closed). */
public final class PostgresDatabaseSize {
    private PostgresDatabaseSize() {
    }

    /**
     * The bytes of the PostgreSQL database the context is connected to; empty where it uses the home's H2 file. The
     * database says what it is, as the ingest job's configuration asks it.
     */
    public static OptionalLong of(ConfigurableApplicationContext context) {
        DataSource dataSource = context.getBean(DataSource.class);
        try {
            if (DatabaseType.fromMetaData(dataSource) != DatabaseType.POSTGRES) {
                return OptionalLong.empty();
            }
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("cannot tell which database the pipeline is connected to", e);
        }
        Long bytes = new JdbcTemplate(dataSource)
                .queryForObject("SELECT pg_database_size(current_database())", Long.class);
        return bytes == null ? OptionalLong.empty() : OptionalLong.of(bytes);
    }
}
