package org.oas.cim.pipeline.bench;

import org.oas.cim.pipeline.analysis.RunJobConfiguration;
import org.oas.cim.pipeline.ingest.IngestJobConfiguration;
import org.oas.cim.pipeline.launch.JobRunner;
import org.oas.cim.pipeline.system.DatabaseCompaction;
import org.oas.cim.pipeline.system.HomeFolder;
import org.oas.cim.pipeline.system.PipelineContext;
import org.oas.cim.pipeline.system.PostgresDatabaseSize;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.Callable;

/**
 * Measures ingest or the whole run: generates an N-respondent xlsx and csv, runs the real job on them in a fresh home,
 * and prints rows per second, each step's time and live heap, and the database's size once closed. Run it under a small heap to see that reading streams:
 * {@code java -Xmx256m -jar target/research-pipeline.jar bench ingest --rows 200000}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks a pipeline stage on generated files: ingest (the ingest job on a questionnaire xlsx and csv), "
                + "run (the whole run job on them: ingest, cross-verification, publication), or cases (the ingest job on a CTDC "
                + "case file), with each step's time and the most heap it held live.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:measured", "1:the job failed", "2:wrong usage"})
public class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STAGE", description = "What to measure: ingest, run or cases.")
    String stage;

    @Option(names = "--rows", paramLabel = "N", defaultValue = "20000",
            description = "Respondents per file, or case records (default: ${DEFAULT-VALUE}).")
    int rows;

    @Option(names = "--home", paramLabel = "DIR", description = "Home folder to use (default: a new temporary folder).")
    Path home;

    @Option(names = "--jobs", paramLabel = "DIR", defaultValue = "jobs", description = "Phases and codebooks (default: ${DEFAULT-VALUE}).")
    Path jobs;

    @Option(names = "--sample-every", paramLabel = "MILLIS", defaultValue = "3000",
            description = "How often the live heap is measured, after a full collection (default: ${DEFAULT-VALUE} ms).")
    long sampleEveryMillis;

    @Override
    public Integer call() throws Exception {
        if (!List.of("ingest", "run", "cases").contains(stage)) {
            spec.commandLine().getErr().println("The stages that can be benchmarked are ingest, run and cases, not " + stage + ".");
            return 2;
        }
        PrintWriter out = spec.commandLine().getOut();
        Path folder = home != null ? home : Files.createTempDirectory("pipeline-bench");
        long generating = System.nanoTime();
        long inboxBytes;
        if ("cases".equals(stage)) {
            // A case file spans phases: it goes at the top of the inbox.
            Path cases = folder.resolve("inbox").resolve("CTDC_bench.csv");
            CaseRecordFiles.writeCsv(cases, rows);
            inboxBytes = Files.size(cases);
            out.printf("Generated %,d case records (csv %,d bytes) in %.1f s%n", rows, inboxBytes, seconds(generating));
        } else {
            Path inbox = folder.resolve("inbox").resolve("phase-1");
            BenchmarkFiles.writeXlsx(inbox.resolve("CR_bench.xlsx"), rows);
            BenchmarkFiles.writeCsv(inbox.resolve("CR_bench.csv"), rows);
            out.printf("Generated %,d + %,d respondents (xlsx %,d bytes, csv %,d bytes) in %.1f s%n", rows, rows,
                    Files.size(inbox.resolve("CR_bench.xlsx")), Files.size(inbox.resolve("CR_bench.csv")), seconds(generating));
            inboxBytes = Files.size(inbox.resolve("CR_bench.xlsx")) + Files.size(inbox.resolve("CR_bench.csv"));
        }
        ConfigurableApplicationContext context = PipelineContext.start(folder, jobs, null, Map.of("pipeline.settle-time", "100ms"));
        try {
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long started = System.nanoTime();
            JobExecution execution;
            try (LiveHeap heap = new LiveHeap(Duration.ofMillis(sampleEveryMillis))) {
                execution = context.getBean(JobRunner.class).run(job(context), parameters(folder)).execution();
                double elapsed = seconds(started);
                // The records the files' partitions stored: respondents, or case records.
                long records = execution.getStepExecutions().stream().filter(step -> step.getStepName().startsWith("ingest-file:"))
                        .mapToLong(StepExecution::getWriteCount).sum();
                out.printf("%s %s: %,d records in %.1f s = %,.0f rows/s%n", stage, execution.getStatus(), records, elapsed,
                        records / elapsed);
                out.printf("Heap: at most %,d MB live (sampled after a full collection every %d ms), %,d MB peak with garbage, "
                        + "%,d MB allowed%n", heap.peakBytes() / MB, sampleEveryMillis, peakHeap() / MB, Runtime.getRuntime().maxMemory() / MB);
                printSteps(out, execution, heap);
            }
            out.printf("Home: %s%n", folder);
            return execution.getStatus() == BatchStatus.COMPLETED ? 0 : 1;
        } finally {
            OptionalLong postgresBytes = PostgresDatabaseSize.of(context);
            context.close();
            long databaseBytes;
            if (postgresBytes.isPresent()) {
                databaseBytes = postgresBytes.getAsLong();
                out.printf("Database: %,d MB on PostgreSQL", databaseBytes / MB);
            } else {
                DatabaseCompaction.compactIfWasteful(context.getEnvironment(), new HomeFolder(folder));
                databaseBytes = Files.size(folder.resolve("data/pipeline.mv.db"));
                out.printf("Database: %,d MB once closed", databaseBytes / MB);
            }
            out.printf(", %.1f times the inbox's %,d bytes%n", (double) databaseBytes / inboxBytes, inboxBytes);
        }
    }

    private Job job(ConfigurableApplicationContext context) {
        String name = "run".equals(stage) ? RunJobConfiguration.JOB_NAME : IngestJobConfiguration.JOB_NAME;
        return context.getBean(name + "Job", Job.class);
    }

    private JobParameters parameters(Path folder) {
        JobParametersBuilder parameters = new JobParametersBuilder().addString("bench", folder.toString());
        if ("run".equals(stage)) {
            parameters.addString(RunJobConfiguration.PHASE, RunJobConfiguration.ALL_PHASES).addString(RunJobConfiguration.LANGUAGE, "en");
        }
        return parameters.toJobParameters();
    }

    /** One line per step, in the order they started: its time, what it wrote, and the most it held live. */
    private static void printSteps(PrintWriter out, JobExecution execution, LiveHeap heap) {
        execution.getStepExecutions().stream()
                .sorted(Comparator.comparing(StepExecution::getStartTime).thenComparing(StepExecution::getStepName))
                .forEach(step -> {
                    long live = heap.peakBytes(step.getStartTime(), step.getEndTime());
                    out.printf("  step %-32s %8.1f s %,10d written %s%n", step.getStepName(),
                            Duration.between(step.getStartTime(), step.getEndTime()).toMillis() / 1000.0, step.getWriteCount(),
                            live < 0 ? "" : String.format("%,6d MB live at most", live / MB));
                });
    }

    private static final long MB = 1024 * 1024;

    /** The sum of the heap pools' peaks since the reset: an upper bound of what ingest held at once. */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    private static double seconds(long sinceNanos) {
        return (System.nanoTime() - sinceNanos) / 1e9;
    }
}
