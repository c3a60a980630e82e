package org.oas.cim.pipeline.privacy;

import org.oas.cim.pipeline.ChildJvm;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A pipeline command in a JVM of its own, started by a shell with the umask given, as a careless service manager would. */
final class PipelineJvm {
    private PipelineJvm() {
    }

    record Result(int exit, String output) {
    }

    static Result run(String umask, Map<String, String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", "-c", "umask " + umask + "; exec \"$0\" \"$@\""));
        command.addAll(ChildJvm.command("-Xmx512m", List.of()));
        command.addAll(List.of(args));
        Path output = Files.createTempFile("pipeline-jvm", ".out");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("the pipeline did not end within 5 minutes:\n" + Files.readString(output));
            }
            return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
        }
    }

    /** Whether this account may read a path, tried as another one: {@code runuser -u ACCOUNT -- cat/ls PATH}. */
    static boolean readableBy(String account, Path path) throws Exception {
        String read = Files.isDirectory(path) ? "ls" : "cat";
        Process process = new ProcessBuilder("runuser", "-u", account, "--", read, path.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(1, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("runuser did not end");
        }
        return process.exitValue() == 0;
    }
}
