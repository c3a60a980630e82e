package org.oas.cim.pipeline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top command: {@code java -jar research-pipeline.jar <command> --home DIR ...}. */
@Command(name = "research-pipeline", mixinStandardHelpOptions = true, version = "research-pipeline 0.1.0",
        description = "Ingests, cross-verifies and publishes the CIM/OAS trafficking-in-persons research spreadsheets.",
        subcommands = {RunCommand.class, IngestCommand.class, TraceCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:the job failed, or files had errors", "2:wrong usage"})
public class PipelineCommand {
    public static int execute(String... args) {
        return new CommandLine(new PipelineCommand()).execute(args);
    }
}
