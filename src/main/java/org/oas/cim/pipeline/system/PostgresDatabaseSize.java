package org.oas.cim.pipeline.system;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.util.OptionalLong;

/** How much room a PostgreSQL database takes, as the server counts it (the H2 file is measured on disk, closed). */
public final class PostgresDatabaseSize {
    private PostgresDatabaseSize() {
    }

    /** Whether a JDBC URL names a PostgreSQL server (anything else is the home's H2 file). */
    public static boolean isPostgres(String jdbcUrl) {
        return jdbcUrl != null && jdbcUrl.startsWith("jdbc:postgresql:");
    }

    /** The bytes of the PostgreSQL database the context is connected to; empty where it uses the home's H2 file. */
    public static OptionalLong of(ConfigurableApplicationContext context) {
        if (!isPostgres(context.getEnvironment().getProperty("spring.datasource.url"))) {
            return OptionalLong.empty();
        }
        Long bytes = new JdbcTemplate(context.getBean(DataSource.class))
                .queryForObject("SELECT pg_database_size(current_database())", Long.class);
        return bytes == null ? OptionalLong.empty() : OptionalLong.of(bytes);
    }
}
