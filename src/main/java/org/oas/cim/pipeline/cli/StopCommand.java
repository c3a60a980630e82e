package org.oas.cim.pipeline.cli;

import org.oas.cim.pipeline.schedule.ExecutionControl;
import org.oas.cim.pipeline.schedule.ExecutionStateException;
import org.springframework.batch.core.launch.NoSuchJobExecutionException;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;

/** Stops a running execution by id, from any process. */
@Command(name = "stop", mixinStandardHelpOptions = true,
        description = "Asks running execution ID to stop at its next chunk or step: it ends STOPPED, and `restart ID` "
                + "resumes it (a running serve resumes it after its --retry-after; `abandon ID` drops it). An execution "
                + "left running by a process that is gone is marked FAILED at once.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped, or marked FAILED, or still stopping when --wait ran out", "2:wrong usage",
                "4:there is no execution ID", "5:it is not running"})
class StopCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    HomeOptions home;

    @Parameters(index = "0", paramLabel = "ID", description = "The execution's id.")
    long id;

    @Option(names = "--wait", paramLabel = "DURATION", defaultValue = "30s", converter = ServeCommand.DurationConverter.class,
            description = "How long to wait for it to stop (default: ${DEFAULT-VALUE}).")
    Duration wait;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (ConfigurableApplicationContext context = home.start(Map.of())) {
            ExecutionControl.Stop stop = context.getBean(ExecutionControl.class).stop(id, wait);
            if (stop.result() == ExecutionControl.StopResult.RECOVERED) {
                out.printf("Execution %d was left running by a process that is gone: marked FAILED. `restart %d`, or the next "
                        + "run or serve, resumes it.%n", id, id);
            } else if (stop.ended()) {
                out.printf("Execution %d is %s.%n", id, stop.execution().getStatus());
            } else {
                out.printf("Asked execution %d to stop; still stopping after %s: it stops at its next chunk or step.%n",
                        id, ServeCommand.text(wait));
            }
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
