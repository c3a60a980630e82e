package org.oas.cim.pipeline.cli;

import org.oas.cim.pipeline.schedule.ExecutionControl;
import org.oas.cim.pipeline.schedule.ExecutionStateException;
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

/** Gives up on a failed or stopped execution by id. */
@Command(name = "abandon", mixinStandardHelpOptions = true,
        description = "Marks failed or stopped execution ID as abandoned: run and serve no longer resume it, and the next "
                + "run starts afresh (files it had already claimed are ingested by that run). An execution left running "
                + "by a process that is gone is abandoned too; a running one must be stopped first.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:abandoned", "2:wrong usage", "4:there is no execution ID",
                "5:it completed, was already abandoned, or is running (stop it first)"})
class AbandonCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    HomeOptions home;

    @Parameters(index = "0", paramLabel = "ID", description = "The execution's id.")
    long id;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try (ConfigurableApplicationContext context = home.start(Map.of())) {
            context.getBean(ExecutionControl.class).abandon(id);
            spec.commandLine().getOut().printf("Execution %d is ABANDONED: run and serve will not resume it.%n", id);
            return ExitCodes.DONE;
        } catch (NoSuchJobExecutionException e) {
            err.println(e.getMessage());
            return ExitCodes.NO_SUCH_EXECUTION;
        } catch (ExecutionStateException e) {
            err.println(e.getMessage());
            return ExitCodes.NOT_ALLOWED;
        }
    }
}
