package org.oas.cim.pipeline.cli;

import org.oas.cim.pipeline.ChildJvm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code serve} in a JVM of its own, started the way an operator starts it, its output in a file. Close it in a
 * finally: a process still alive then is killed.
 */
final class ServeProcess implements AutoCloseable {
    private final Process process;
    private final Path output;

    private ServeProcess(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    static ServeProcess start(Path output, String... options) throws IOException {
        return start(output, List.of(), options);
    }

    /** @param jvmOptions more options of the JVM, before the class ({@code -Dpipeline.ingest-threads=1}) */
    static ServeProcess start(Path output, List<String> jvmOptions, String... options) throws IOException {
        List<String> jvm = new ArrayList<>(List.of("-XX:+UseSerialGC"));
        jvm.addAll(jvmOptions);
        List<String> command = new ArrayList<>(ChildJvm.command("-Xmx384m", jvm));
        command.add("serve");
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        return new ServeProcess(process, output);
    }

    /** Waits until the output holds {@code text}; fails, with the output, once the timeout or the process ends. */
    void awaitOutput(String text, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!output().contains(text)) {
            if (!process.isAlive() || System.nanoTime() - deadline > 0) {
                throw new AssertionError("serve did not print '" + text + "' (" + (process.isAlive() ? "still running" : "exited "
                        + process.exitValue()) + "):\n" + output());
            }
            Thread.sleep(100);
        }
    }

    long pid() {
        return process.pid();
    }

    /** SIGTERM, as an operator or a service manager stops it; returns its exit code. */
    int terminate(Duration timeout) throws Exception {
        process.destroy();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("serve did not stop within " + timeout + " of SIGTERM:\n" + output());
        }
        return process.exitValue();
    }

    String output() throws IOException {
        return Files.exists(output) ? Files.readString(output, StandardCharsets.UTF_8) : "";
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
