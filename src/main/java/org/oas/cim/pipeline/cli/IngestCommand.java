package org.oas.cim.pipeline.cli;

import org.oas.cim.pipeline.ingest.IngestJobConfiguration;
import org.oas.cim.pipeline.system.HomeFolder;
import org.oas.cim.pipeline.launch.JobRunner;
import org.springframework.batch.core.job.Job;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;

/** Only the ingest job: claim, ingest, place. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Takes the inbox's settled files into the database and places each in archive/ or rejected/ with its report.")
class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    HomeOptions home;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        HomeFolder folder = new HomeFolder(home.home).create();
        ConfigurableApplicationContext context = home.start(Map.of());
        try {
            JobRunner.Outcome outcome = context.getBean(JobRunner.class)
                    .run(context.getBean(IngestJobConfiguration.JOB_NAME + "Job", Job.class), RunParameters.ingest(context).toJobParameters());
            if (outcome.alreadyComplete()) {
                out.printf("Nothing new since execution %d.%n", outcome.execution().getId());
            } else {
                JobSummary.print(out, context, outcome.execution());
            }
            return ExitCodes.of(outcome.execution().getStatus());
        } finally {
            HomeOptions.closeAndCompact(context, folder);
        }
    }
}
