package org.oas.cim.pipeline.cli;

import org.oas.cim.pipeline.bench.BenchCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top command: {@code java -jar research-pipeline.jar <command> --home DIR ...}. */
@Command(name = "research-pipeline", mixinStandardHelpOptions = true, version = "research-pipeline 0.1.0",
        description = "Ingests, cross-verifies and publishes the CIM/OAS trafficking-in-persons research spreadsheets.",
        subcommands = {InitCommand.class, RunCommand.class, IngestCommand.class, TraceCommand.class, BenchCommand.class, ValidateCommand.class,
                TemplateCommand.class, ServeCommand.class, StatusCommand.class, RestartCommand.class, StopCommand.class, AbandonCommand.class,
                EncryptCommand.class, PurgeCommand.class, org.oas.cim.pipeline.estimation.EstimateCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done (run: every file has its verdict and report, taken or not)",
                "1:files had errors (validate), the job was stopped, or a request was refused (one line says why)",
                "2:wrong usage, or a setup to fix: jobs/, the database, the home folder, a port (one line says which)",
                "3:busy: another process is running the same phase, or the ingest (see status)",
                "4:there is no execution with that id", "5:the execution's state does not allow it",
                "70:an internal failure of the program itself (a defect, or the database failing mid-run): see logs/pipeline.log"})
public class PipelineCommand {
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    /** The command line as main runs it: a lock held by another process ends any command with exit code 3 and a message. */
    public static CommandLine commandLine() {
        return new CommandLine(new PipelineCommand()).setExecutionExceptionHandler(ExitCodes::onException);
    }
}
