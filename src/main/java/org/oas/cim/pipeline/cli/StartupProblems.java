package org.oas.cim.pipeline.cli;

import org.oas.cim.pipeline.codebook.JobsProblem;

import java.net.BindException;
import java.nio.file.FileSystemException;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Turns what stops a command before its work begins (a problem in jobs/, a database it cannot reach, a home
 * folder it cannot write, a port another program holds) into the one line an operator needs, from however deep
 * in Spring's start-up the cause sits.
 */
final class StartupProblems {
    /** H2's "exception opening port": its AUTO_SERVER_PORT is taken (the BindException is only in its message). */
    private static final String H2_PORT_IN_USE = "90061";

    private StartupProblems() {
    }

    /** The line to show, or empty where the exception is none of these. */
    static Optional<String> describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof JobsProblem jobs) {
                return Optional.of("jobs/: " + jobs.getMessage());
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BindException || t instanceof SQLException sql && H2_PORT_IN_USE.equals(sql.getSQLState())) {
                return Optional.of("a port is in use by another program: " + firstLine(t.getMessage()));
            }
            if (t instanceof SQLException sql && unreachable(sql)) {
                return Optional.of("cannot reach the database: " + firstLine(sql.getMessage()));
            }
            if (t instanceof FileSystemException file) {
                return Optional.of("cannot write " + file.getFile() + ": "
                        + (file.getReason() == null ? file.getClass().getSimpleName() : file.getReason())
                        + " (check the --home folder and its permissions)");
            }
        }
        return Optional.empty();
    }

    /**
     * Connection refused or lost (SQL state class 08), bad credentials (28), and H2's file database being held or
     * missing (900xx): what an operator fixes in the URL, the server or the home folder.
     */
    private static boolean unreachable(SQLException sql) {
        String state = sql.getSQLState();
        return state != null && (state.startsWith("08") || state.startsWith("28") || state.equals("90020") || state.equals("90146"));
    }

    static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).trim();
    }
}
