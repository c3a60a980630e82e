package org.oas.cim.pipeline.crash;

import org.oas.cim.pipeline.ChildJvm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The pipeline's {@code run} command in a JVM of its own, as an operator starts it, so that it can be killed for
 * real ({@code SIGKILL}: no shutdown hook, no finally block, no flush), on the default H2 file database.
 */
final class PipelineProcess {
    private static final Duration POLL = Duration.ofMillis(20);
    /** One key for every home, so that pseudonyms compare across homes. */
    private static final String PSEUDONYM_KEY = "kill-and-restart-test-key";

    private final Path home;
    private final Process process;
    private final Path output;
    private final long logStart;

    private PipelineProcess(Path home, Process process, Path output, long logStart) {
        this.home = home;
        this.process = process;
        this.output = output;
        this.logStart = logStart;
    }

    /**
     * Starts {@code run --home HOME --settle 100ms} on the default database, with small chunks (a file spans many
     * transactions), one pseudonym key for every home, and a short lock timeout (a restart need not wait half a minute
     * for the killed process's locks to expire).
     */
    static PipelineProcess start(Path home, String name) throws IOException {
        return start(home, name, List.of(), List.of("run"));
    }

    /**
     * Starts a command ({@code run}, {@code ingest}, {@code serve}, ... with its own arguments) on the home, with the
     * settings of {@link #start(Path, String)} and further JVM options ({@code -Dpipeline.crash-at=N}).
     */
    static PipelineProcess start(Path home, String name, List<String> jvmOptions, List<String> command) throws IOException {
        Path log = log(home);
        long logStart = Files.exists(log) ? Files.size(log) : 0;
        Path output = home.resolveSibling(home.getFileName() + "-" + name + ".out");
        List<String> options = new ArrayList<>(List.of("-Dpipeline.chunk-size=50", "-Dpipeline.lock.timeout=3s",
                "-Dpipeline.pseudonym-key=" + PSEUDONYM_KEY));
        options.addAll(jvmOptions);
        List<String> line = new ArrayList<>(ChildJvm.command("-Xmx512m", options));
        line.addAll(command);
        line.addAll(List.of("--home", home.toString(), "--settle", "100ms"));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        return new PipelineProcess(home, process, output, logStart);
    }

    /** What the process printed (stdout and stderr together). */
    String printed() throws IOException {
        return Files.readString(output, StandardCharsets.UTF_8);
    }

    /**
     * A connection to the database the running process holds, through the port its {@code AUTO_SERVER} opened (the
     * default H2 URL has it). Only while it runs and has opened the database: otherwise this JVM would open the
     * file itself and outlive the kill.
     */
    Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + home.resolve("data/pipeline").toAbsolutePath()
                + ";AUTO_SERVER=TRUE;NON_KEYWORDS=VALUE,YEAR;IFEXISTS=TRUE", "sa", "");
    }

    /** The run's exit code, or a failure saying what it printed where it does not end in time. */
    int awaitExit(Duration timeout) throws Exception {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            kill();
            throw new AssertionError("the run did not end within " + timeout + ":\n" + output());
        }
        return process.exitValue();
    }

    /** Waits for the run to end and fails, saying what it printed, unless it ended well. */
    void awaitSuccess(Duration timeout) throws Exception {
        int exit = awaitExit(timeout);
        if (exit != 0) {
            throw new AssertionError("the run ended with exit " + exit + ":\n" + output());
        }
    }

    /** SIGKILL, as a power cut or an operator's kill -9 would end it; returns once the process is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("the killed process " + process.pid() + " is still there");
        }
    }

    /** SIGTERM, as an operator or a service manager stops {@code serve}; returns its exit code. */
    int terminate(Duration timeout) throws Exception {
        process.destroy();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            kill();
            throw new AssertionError("the process did not stop within " + timeout + " of SIGTERM:\n" + output());
        }
        return process.exitValue();
    }

    /** Ends the process if it still runs: a failed test leaves no pipeline behind. */
    void killIfAlive() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    /** Waits until the condition holds while the process runs; fails, saying why, if it ends or times out first. */
    void awaitWhileRunning(String what, Duration timeout, BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (!process.isAlive()) {
                throw new AssertionError("the run ended (exit " + process.exitValue() + ") before " + what + ":\n" + output());
            }
            if (System.nanoTime() > deadline) {
                kill();
                throw new AssertionError("no " + what + " within " + timeout + ":\n" + output());
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    /** What this run has written to the home's log so far. */
    String logSinceStart() {
        try {
            Path log = log(home);
            if (!Files.exists(log)) {
                return "";
            }
            byte[] all = Files.readAllBytes(log);
            return new String(all, (int) Math.min(logStart, all.length), (int) Math.max(0, all.length - logStart), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Occurrences of a text in this run's log. */
    int logCount(String text) {
        String log = logSinceStart();
        int count = 0;
        for (int at = log.indexOf(text); at >= 0; at = log.indexOf(text, at + text.length())) {
            count++;
        }
        return count;
    }

    String output() throws IOException {
        String printed = Files.readString(output, StandardCharsets.UTF_8);
        String log = logSinceStart();
        return "--- output ---\n" + tail(printed) + "\n--- log ---\n" + tail(log);
    }

    private static String tail(String text) {
        return text.length() <= 6000 ? text : text.substring(text.length() - 6000);
    }

    private static Path log(Path home) {
        return home.resolve("logs/pipeline.log");
    }
}
