package org.oas.cim.pipeline;

import org.oas.cim.pipeline.cli.PipelineCommand;
import org.oas.cim.pipeline.recovery.CrashPoints;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The pipeline's entry point: the command line decides what runs, and starts Spring only for the
 * commands that need the database and the jobs.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PipelineApplication {
    public static void main(String[] args) {
        int exitCode = PipelineCommand.execute(args);
        CrashPoints.printCount(System.out);
        System.exit(exitCode);
    }
}
