package org.oas.cim.pipeline.cli;

import org.oas.cim.pipeline.analysis.RunJobConfiguration;
import org.oas.cim.pipeline.codebook.JobsFolder;
import org.oas.cim.pipeline.system.HomeFolder;
import org.oas.cim.pipeline.launch.JobRunner;
import org.springframework.batch.core.job.Job;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

/** The main job: ingest the inbox, cross-verify, publish every phase's tables. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Ingests the inbox, cross-verifies the two stages and publishes each phase's findings tables.")
class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    HomeOptions home;

    @Option(names = "--phase", paramLabel = "ID", defaultValue = "all", description = "Publish only this phase (default: all).")
    String phase;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", description = "Language of the tables' labels: en, es, pt or nl.")
    String language;

    @Option(names = "--copy-from", paramLabel = "DIR",
            description = "First copy this folder's files into the inbox (the folder itself is left untouched).")
    Path copyFrom;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        HomeFolder folder = new HomeFolder(home.home).create();
        if (copyFrom != null) {
            out.printf("Copied %d file(s) from %s into %s%n", InboxCopy.copy(copyFrom, folder.inbox()), copyFrom, folder.inbox());
        }
        ConfigurableApplicationContext context = home.start(Map.of("pipeline.language", language));
        try {
            out.printf("jobs/: %s%n", context.getBean(JobsFolder.class).describe());
            JobRunner.Outcome outcome = context.getBean(JobRunner.class).run(context.getBean(RunJobConfiguration.JOB_NAME + "Job", Job.class),
                    RunParameters.run(context, phase, language).toJobParameters());
            if (outcome.alreadyComplete()) {
                out.printf("Nothing new since execution %d: the tables are unchanged.%n", outcome.execution().getId());
            } else {
                JobSummary.print(out, context, outcome.execution());
            }
            out.printf("Tables: %s%n", folder.out().toAbsolutePath());
            out.printf("Reports on each file: beside it in %s and %s%n", folder.archive(), folder.rejected());
            return ExitCodes.of(outcome.execution().getStatus());
        } finally {
            HomeOptions.closeAndCompact(context, folder);
        }
    }
}
