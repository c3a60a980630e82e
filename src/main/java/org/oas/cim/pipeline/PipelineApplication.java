package org.oas.cim.pipeline;

import org.oas.cim.pipeline.cli.PipelineCommand;
import org.oas.cim.pipeline.system.CrashPoints;

/**
 * The pipeline's entry point: the command line decides what runs, and starts Spring (see
 * {@code system.PipelineSpringApplication}) only for the commands that need the database and the jobs.
 */
public final class PipelineApplication {
    private PipelineApplication() {
    }

    public static void main(String[] args) {
        int exitCode = PipelineCommand.execute(args);
        CrashPoints.printCount(System.out);
        System.exit(exitCode);
    }
}
