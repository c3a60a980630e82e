package org.oas.cim.pipeline.bench;

import org.oas.cim.pipeline.RunsInChildJvms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Memory stays flat as inputs grow: the main job (claim, a partition per file, decide, place with the reports, then
 * each phase's cross-verification, evidence and publication) on ten times the respondents of one country holds, in
 * every ingest step, about the same live heap (measured after full collections by {@code bench run}). A step that
 * kept a file's rows, answers or issues in a list would hold tens of megabytes more. The analysis reads a country one
 * item at a time: it holds one item's answers of one country, which still grows with the respondents (measured 48 and
 * 60 MB at 2,000 and 20,000 respondents of one country), but not the country's answers or the phase's evidence, as it
 * did (236 MB at 20,000). Not a timed test: only memory is compared.
 */
@RunsInChildJvms
class FlatMemoryTest {
    private static final Pattern STEP = Pattern.compile("(?m)^  step (\\S+)\\s.*?([\\d,]+) MB live at most$");
    /**
     * What a step may hold more at ten times the rows: sampling noise and H2's own bookkeeping of its file (measured
     * up to 9 MB), under what 10,000 respondents' answers held as objects would take (over 20 MB).
     */
    private static final long ALLOWED_GROWTH_MB = 15;
    /**
     * What a phase's analysis may hold more at ten times the respondents of one country: one item's answers, about 1.5 KB
     * each with the database's copy of the rows (measured 12 to 29 MB for 18,000 more); all of a country's answers held at
     * once, about 21 per respondent, would be over 150 MB more.
     */
    private static final long ALLOWED_ANALYSIS_GROWTH_MB = 45;
    private static final String ANALYSIS = "analyse-phase:";
    private static final String ANALYSIS_FLOW = "verify-and-publish";
    private static final String URL = "spring.datasource.url";

    @TempDir
    Path base;

    @Test
    void everyStepHoldsTheSameLiveHeapAtTenTimesTheRows() throws Exception {
        Map<String, Long> small = liveHeapPerStep(1_000, base.resolve("small"));
        Map<String, Long> large = liveHeapPerStep(10_000, base.resolve("large"));

        System.out.printf("live heap per step (MB) at 1,000 and 10,000 respondents per file: %s %s%n", small, large);
        // The steps that take long enough to be sampled at both sizes; a short step (claim, place) may fall between samples.
        assertThat(large.keySet()).contains("ingest-file:file-1", "ingest-file:file-2", "decide", "analyse-phase:phase-1");
        // So that the steps that matter are compared, not skipped: at 1,000 rows they take seconds too.
        assertThat(small.keySet()).contains("ingest-file:file-1", "ingest-file:file-2", "analyse-phase:phase-1");
        large.forEach((step, megabytes) -> {
            if (small.containsKey(step)) {
                boolean analysis = step.startsWith(ANALYSIS) || step.equals(ANALYSIS_FLOW);
                assertThat(megabytes).as("live heap of step %s at ten times the rows", step)
                        .isLessThanOrEqualTo(small.get(step) + (analysis ? ALLOWED_ANALYSIS_GROWTH_MB : ALLOWED_GROWTH_MB));
            }
        });
    }

    /**
     * Runs {@code bench run} in a JVM of its own (the test JVM's heap holds what earlier tests left, and their threads),
     * its H2 page cache kept small (H2's cache grows with the file up to its limit).
     */
    private static Map<String, Long> liveHeapPerStep(int rows, Path home) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path output = home.resolveSibling(home.getFileName() + ".out");
        Process bench = new ProcessBuilder(java, "-Xmx1g", "-D" + URL + "=jdbc:h2:file:${pipeline.home}/data/pipeline;AUTO_SERVER=TRUE;"
                + "WRITE_DELAY=0;CACHE_SIZE=1024;NON_KEYWORDS=VALUE,YEAR", "-cp", System.getProperty("java.class.path"),
                "org.oas.cim.pipeline.PipelineApplication", "bench", "run", "--rows", String.valueOf(rows), "--home", home.toString(),
                "--sample-every", "150")
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        boolean ended = bench.waitFor(10, TimeUnit.MINUTES);
        String printed = Files.readString(output);
        if (!ended) {
            bench.destroyForcibly().waitFor();
        }
        assertThat(ended && bench.exitValue() == 0).as(printed).isTrue();
        Map<String, Long> perStep = new TreeMap<>();
        Matcher step = STEP.matcher(printed);
        while (step.find()) {
            perStep.put(step.group(1), Long.parseLong(step.group(2).replace(",", "")));
        }
        return perStep;
    }
}
