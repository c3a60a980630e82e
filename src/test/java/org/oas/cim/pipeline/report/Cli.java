package org.oas.cim.pipeline.report;

import org.oas.cim.pipeline.cli.PipelineCommand;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs a command of the real command line in-process, as a researcher would type it, and keeps what it printed. */
public final class Cli {
    private Cli() {
    }

    public record Result(int exit, String out, String err) {
    }

    public static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = PipelineCommand.commandLine();
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        int exit = command.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }
}
