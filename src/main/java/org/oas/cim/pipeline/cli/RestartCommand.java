package org.oas.cim.pipeline.cli;

import org.oas.cim.pipeline.schedule.ExecutionControl;
import org.oas.cim.pipeline.schedule.ExecutionStateException;
import org.oas.cim.pipeline.schedule.LockBusyException;
import org.oas.cim.pipeline.launch.JobRunner;
import org.oas.cim.pipeline.system.PipelineProperties;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.NoSuchJobExecutionException;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;

/** Restarts a failed or stopped execution by id. */
@Command(name = "restart", mixinStandardHelpOptions = true,
        description = "Restarts the run of execution ID where it stopped: its last execution must have failed, been stopped, "
                + "or been left running by a process that is gone. `status` lists the ids.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the restarted execution completed", "1:it failed again", "2:wrong usage",
                "3:busy: another process holds its locks (it may be running it)", "4:there is no execution ID",
                "5:its run completed or was abandoned: nothing to restart"})
class RestartCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    HomeOptions home;

    @Parameters(index = "0", paramLabel = "ID", description = "The execution's id.")
    long id;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ConfigurableApplicationContext context = home.start(Map.of());
        try {
            String language = languageOf(context);
            if (language != null) {
                // The tables are published in the language the run was started with.
                context.close();
                context = home.start(Map.of("pipeline.language", language));
            }
            JobRunner.Outcome outcome = context.getBean(JobRunner.class).restart(id);
            JobExecution execution = outcome.execution();
            out.printf("Restarted the run of execution %d as execution %d.%n", id, execution.getId());
            JobSummary.print(out, context, execution);
            return ExitCodes.of(execution.getStatus());
        } catch (NoSuchJobExecutionException e) {
            err.println(e.getMessage());
            return ExitCodes.NO_SUCH_EXECUTION;
        } catch (ExecutionStateException e) {
            err.println(e.getMessage());
            return ExitCodes.NOT_ALLOWED;
        } catch (LockBusyException e) {
            err.println(e.getMessage());
            return ExitCodes.BUSY;
        } finally {
            context.close();
        }
    }

    /** The execution's {@code lang} parameter where it differs from the configured language, else null. */
    private String languageOf(ConfigurableApplicationContext context) throws NoSuchJobExecutionException {
        String language = context.getBean(ExecutionControl.class).find(id).getJobParameters().getString("lang");
        return language == null || language.equals(context.getBean(PipelineProperties.class).language()) ? null : language;
    }
}
