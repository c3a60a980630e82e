package org.oas.cim.pipeline.cli;

import org.oas.cim.pipeline.system.StartRefusedException;
import org.oas.cim.pipeline.schedule.LockBusyException;
import org.slf4j.Logger;
import org.springframework.batch.core.BatchStatus;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

import java.util.Optional;

/** The exit codes the commands share, as {@code research-pipeline --help} lists them. */
final class ExitCodes {
    private static final Logger log = LoggerFactory.getLogger(ExitCodes.class);

    static final int DONE = 0;
    static final int FAILED = 1;
    static final int SETUP = 2;
    static final int BUSY = 3;
    static final int NO_SUCH_EXECUTION = 4;
    static final int NOT_ALLOWED = 5;
    /**
     * The program itself failed (a defect, or the database failing mid-run), as distinct from a verdict on files: a
     * script can tell the two apart. 70 is {@code EX_SOFTWARE} of BSD's sysexits.
     */
    static final int INTERNAL = 70;

    private ExitCodes() {
    }

    /**
     * For every command: a lock held by another process, or a setup an operator must fix (jobs/, the database, the
     * home folder, a port), is an answer to give in one line, not a crash; anything else is one line too. The trace
     * goes to the log only.
     */
    static int onException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        if (e instanceof LockBusyException busy) {
            commandLine.getErr().println(busy.getMessage());
            return BUSY;
        }
        if (e instanceof StartRefusedException refused) {
            commandLine.getErr().println(refused.getMessage());
            return FAILED;
        }
        Optional<String> setup = StartupProblems.describe(e);
        if (setup.isPresent()) {
            log.error(setup.get(), e);
            commandLine.getErr().println(setup.get());
            return SETUP;
        }
        log.error("{} failed", commandLine.getCommandName(), e);
        commandLine.getErr().println(commandLine.getCommandName() + " failed: " + StartupProblems.firstLine(String.valueOf(e.getMessage()))
                + " (" + e.getClass().getSimpleName() + "; the details are in logs/pipeline.log)");
        return INTERNAL;
    }

    /** A job's end as an exit code: done, stopped on request, or failed inside (no file's verdict fails a job). */
    static int of(BatchStatus status) {
        return switch (status) {
            case COMPLETED -> DONE;
            case STOPPED, STOPPING -> FAILED;
            default -> INTERNAL;
        };
    }
}
