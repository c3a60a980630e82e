package org.oas.cim.pipeline.cli;

import org.oas.cim.pipeline.codebook.JobsFolder;
import org.oas.cim.pipeline.system.HomeFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Sets up a home folder with an editable copy of the built-in jobs/, which every later command there then uses. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Creates the home folder's inbox/, archive/, rejected/, data/, out/ and logs/, and writes the built-in "
                + "phases, codebooks and reference lists to <home>/jobs/ to be edited there: commands on this home use that "
                + "copy (unless --jobs names another). An existing <home>/jobs/ is left as it is."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the home folder is ready", "2:wrong usage, or the home folder cannot be written"})
class InitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--home", required = true, paramLabel = "DIR", description = "The home folder to set up.")
    Path home;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        HomeFolder folder = new HomeFolder(home).create();
        Path jobs = folder.root().resolve("jobs");
        if (Files.exists(jobs)) {
            throw new ParameterException(spec.commandLine(), jobs + " exists already: it was left as it is");
        }
        JobsFolder.builtIn().copyTo(jobs);
        out.printf("Home folder ready: %s%n", folder.root());
        out.printf("jobs/: %s, an editable copy of the built-in definitions; commands with --home %s use it%n", jobs, home);
        return ExitCodes.DONE;
    }
}
