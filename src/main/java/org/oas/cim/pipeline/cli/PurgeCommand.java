package org.oas.cim.pipeline.cli;

import org.oas.cim.pipeline.system.DatabaseCompaction;
import org.oas.cim.pipeline.system.DatabaseKey;
import org.oas.cim.pipeline.system.EncryptedDatabase;
import org.oas.cim.pipeline.privacy.PhasePurge;
import org.oas.cim.pipeline.system.PrivateHome;
import org.oas.cim.pipeline.privacy.PurgeRecord;
import org.oas.cim.pipeline.system.HomeFolder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

/** Removes a published phase's personal data for good. */
@Command(name = "purge", mixinStandardHelpOptions = true,
        description = {"Removes the personal data of a phase whose findings are published: raw cells other than those behind "
                + "pseudonymous answers (names, contacts, free text), answers' free-text notes, and the original files in archive/ "
                + "and rejected/ (deleted, or moved with --move-originals-to). Respondents' pseudonyms, answers, findings and evidence "
                + "stay: the next run publishes the same tables. Records when, by whom and what; then compacts the H2 file so that "
                + "no removed text stays in it. Stop serve first."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:purged (or nothing left to purge)", "1:the phase is not published, or has files its publication does not cover, "
                + "or the database is open in another process", "2:wrong usage", "3:busy: a job holds the ingest or the phase's lock"})
class PurgeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    HomeOptions home;

    @Option(names = "--phase", required = true, paramLabel = "ID", description = "The phase to purge (phase-1, phase-2, caribbean).")
    String phase;

    @Option(names = "--move-originals-to", paramLabel = "DIR",
            description = "Move the original files here (outside the home, keeping their archive/... paths) instead of deleting them.")
    Path moveOriginalsTo;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        HomeFolder folder = new HomeFolder(home.home);
        Path databaseFile = DatabaseKey.databaseFile(folder);
        if (home.dbUrl == null && Files.exists(databaseFile)) {
            // The purge ends by compacting the file, which needs the database to itself.
            EncryptedDatabase.requireClosed(databaseFile);
        }
        PhasePurge.Outcome outcome;
        String url;
        String user;
        String password;
        try (ConfigurableApplicationContext context = home.start(Map.of())) {
            outcome = context.getBean(PhasePurge.class).purge(phase, moveOriginalsTo);
            Environment environment = context.getEnvironment();
            url = environment.getProperty("spring.datasource.url");
            user = environment.getProperty("spring.datasource.username");
            password = environment.getProperty("spring.datasource.password");
        }
        PurgeRecord record = outcome.record();
        if (record.files() == 0 && outcome.originals() == 0) {
            out.printf("Phase %s holds no personal data left to purge.%n", phase);
        } else {
            out.printf("Purged phase %s (published by run %d): %d file(s), %d raw row(s), %d cell(s) and %d free-text note(s) removed; "
                            + "%d original file(s) %s.%n", phase, record.runId(), record.files(), record.rawRows(), record.cellsRemoved(),
                    record.notesRemoved(), outcome.originals(), moveOriginalsTo == null ? "deleted" : "moved to " + moveOriginalsTo);
        }
        if (DatabaseCompaction.compact(url, user, password)) {
            // H2 writes the compacted database as a new file, with the umask's mode.
            new PrivateHome(folder).tighten();
            out.println("Compacted the database file: the removed text is gone from it too.");
        } else {
            out.println("On PostgreSQL, run VACUUM FULL raw_row, respondent so that the removed text leaves the server's files.");
        }
        return ExitCodes.DONE;
    }
}
