package org.oas.cim.pipeline.cli;

import org.oas.cim.pipeline.system.DatabaseCompaction;
import org.oas.cim.pipeline.system.HomeFolder;
import org.oas.cim.pipeline.system.PipelineContext;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Where a command works: the home folder, the jobs folder and the database. */
class HomeOptions {
    @Option(names = "--home", required = true, paramLabel = "DIR",
            description = "Home folder: inbox/, archive/, rejected/, data/ (the H2 database), out/ (the tables), logs/.")
    Path home;

    @Option(names = "--jobs", paramLabel = "DIR",
            description = "Phases, codebooks and reference lists (default: the home folder's jobs/ where init wrote one, else the built-in ones).")
    Path jobs;

    @Option(names = "--db-url", paramLabel = "URL",
            description = "JDBC URL of a shared database (PostgreSQL) instead of the H2 file under the home folder.")
    String dbUrl;

    @Option(names = "--db-user", paramLabel = "NAME",
            description = "User of the --db-url database (or give it in the URL: ?user=...).")
    String dbUser;

    @Option(names = "--db-password", paramLabel = "SECRET", arity = "0..1", interactive = true,
            description = "Password of the --db-url database; without a value it is asked for (or give it in the URL: &password=...).")
    String dbPassword;

    @Option(names = "--settle", paramLabel = "DURATION", defaultValue = "3s",
            description = "A file is taken once its size and time are unchanged this long (default: ${DEFAULT-VALUE}).")
    String settle;

    ConfigurableApplicationContext start(Map<String, Object> overrides) {
        Map<String, Object> settings = new LinkedHashMap<>(overrides);
        settings.put("pipeline.settle-time", settle);
        if (dbUrl != null) {
            // The H2 defaults (user sa) must not reach another database: empty leaves the URL's own parameters in charge.
            settings.put("spring.datasource.username", dbUser == null ? "" : dbUser);
            settings.put("spring.datasource.password", dbPassword == null ? "" : dbPassword);
        }
        return PipelineContext.start(home, jobs, dbUrl, settings);
    }

    /** Ends a command that ingested: closes its context, then gives the H2 file back the room dead pages took. */
    static void closeAndCompact(ConfigurableApplicationContext context, HomeFolder folder) {
        context.close();
        DatabaseCompaction.compactIfWasteful(context.getEnvironment(), folder);
    }
}
