package org.oas.cim.pipeline.cli;

import org.oas.cim.pipeline.system.StartRefusedException;
import org.oas.cim.pipeline.schedule.LockBusyException;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** The exit codes the commands share, as {@code research-pipeline --help} lists them. */
final class ExitCodes {
    static final int DONE = 0;
    static final int FAILED = 1;
    static final int BUSY = 3;
    static final int NO_SUCH_EXECUTION = 4;
    static final int NOT_ALLOWED = 5;

    private ExitCodes() {
    }

    /** For every command: a lock held by another process is an answer to give the operator, not a crash. */
    static int onException(Exception e, CommandLine commandLine, ParseResult parseResult) throws Exception {
        if (e instanceof LockBusyException busy) {
            commandLine.getErr().println(busy.getMessage());
            return BUSY;
        }
        if (e instanceof StartRefusedException refused) {
            commandLine.getErr().println(refused.getMessage());
            return FAILED;
        }
        throw e;
    }
}
