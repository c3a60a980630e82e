package org.oas.cim.pipeline.system;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Starts the Spring context for one command: the home folder decides where the database and the logs
 * are, so it is known before Spring starts.
 */
public final class PipelineContext {
    private PipelineContext() {
    }

    /**
     * @param home      the home folder (created if missing)
     * @param jobs      the jobs folder, or null for the home folder's copy or else the built-in one
     * @param dbUrl     a JDBC URL (PostgreSQL) instead of the H2 file under home, or null
     * @param overrides further {@code pipeline.*} settings from the command line
     */
    public static ConfigurableApplicationContext start(Path home, Path jobs, String dbUrl, Map<String, Object> overrides) {
        HomeFolder folder = new HomeFolder(home).create();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("pipeline.home", folder.root().toString());
        if (jobs != null) {
            properties.put("pipeline.jobs", jobs.toAbsolutePath().toString());
        }
        if (dbUrl != null) {
            properties.put("spring.datasource.url", dbUrl);
            if (dbUrl.startsWith("jdbc:postgresql:")) {
                // The driver sends a batch of inserts as multi-row statements: a round trip per batch, not per row.
                properties.put("spring.datasource.hikari.data-source-properties.reWriteBatchedInserts", "true");
            }
        }
        properties.putAll(overrides);
        // The key of an encrypted H2 file goes to Spring in a property source of its own: never an argument, never logged.
        Map<String, Object> database = dbUrl != null || System.getenv("SPRING_DATASOURCE_URL") != null ? Map.of()
                : EncryptedDatabase.settings(folder, DatabaseKey.find(folder, overrides, System.getenv()), "");
        // As command-line arguments, these outrank application.properties.
        String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(PipelineSpringApplication.class).logStartupInfo(false)
                .listeners(new PrivateHomeListener())
                .initializers(context -> context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("database-key", database)))
                .run(args);
    }
}
