package org.oas.cim.pipeline.privacy;

import org.oas.cim.pipeline.cli.PipelineCommand;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/** What the privacy tests read back from a home: published tables, personal values found in files, commands run in this JVM. */
final class HomeFiles {
    private HomeFiles() {
    }

    record Result(int exit, String out, String err) {
    }

    static Result command(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = PipelineCommand.commandLine();
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        int exit = command.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    /** Every published CSV of the home but the manifest (whose run time differs by design), by path under out/. */
    static Map<String, byte[]> publishedTables(Path home) throws Exception {
        Map<String, byte[]> tables = new TreeMap<>();
        try (Stream<Path> files = Files.walk(home.resolve("out"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".csv") && !p.startsWith(home.resolve("out/restricted"))
                    && !p.getFileName().toString().equals("manifest.csv")).toList()) {
                tables.put(home.resolve("out").relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return tables;
    }

    /** The values found as whole words in the file's bytes read as UTF-8 (how H2, the logs and the CSVs hold text). */
    static List<String> valuesIn(Path file, Set<String> values) throws Exception {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        List<String> found = new ArrayList<>();
        for (String value : values) {
            if (SamplePersonalData.wholeWord(value).matcher(text).find()) {
                found.add(value);
            }
        }
        return found;
    }
}
