package org.oas.cim.pipeline.cli;

import org.oas.cim.pipeline.system.DatabaseKey;
import org.oas.cim.pipeline.system.EncryptedDatabase;
import org.oas.cim.pipeline.system.StartRefusedException;
import org.oas.cim.pipeline.system.HomeFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

/** Turns on encryption at rest for a home whose H2 database was made without it. */
@Command(name = "encrypt", mixinStandardHelpOptions = true,
        description = {"Re-writes the home's H2 database encrypted (AES) with the key given in the environment: "
                + DatabaseKey.KEY_VARIABLE + " (the key), or " + DatabaseKey.KEY_FILE_VARIABLE + " (a file outside the home holding it). "
                + "Stop serve first: the database must not be open. Every later command needs the same key."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:encrypted", "1:no key, no database, already encrypted, or the database is open", "2:wrong usage"})
class EncryptCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--home", required = true, paramLabel = "DIR", description = "The home folder whose database to encrypt.")
    Path home;

    @Override
    public Integer call() {
        HomeFolder folder = new HomeFolder(home);
        DatabaseKey key = DatabaseKey.find(folder, Map.of(), System.getenv()).orElseThrow(() -> new StartRefusedException(
                "Give the key in " + DatabaseKey.KEY_VARIABLE + " or the path of a file holding it in " + DatabaseKey.KEY_FILE_VARIABLE
                        + " (never on the command line)."));
        EncryptedDatabase.encrypt(folder, key);
        spec.commandLine().getOut().println("Encrypted " + DatabaseKey.databaseFile(folder)
                + ". Keep the key apart from the home and its backups: without it the database cannot be opened.");
        return ExitCodes.DONE;
    }
}
