package org.oas.cim.pipeline.bench;

import org.oas.cim.pipeline.ingest.IngestJobConfiguration;
import org.oas.cim.pipeline.launch.JobRunner;
import org.oas.cim.pipeline.system.DatabaseCompaction;
import org.oas.cim.pipeline.system.HomeFolder;
import org.oas.cim.pipeline.system.PipelineContext;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.context.ConfigurableApplicationContext;
import org.oas.cim.pipeline.ingest.AnswerStore;
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
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Measures ingest: generates an N-respondent xlsx and csv, runs the real ingest job on them in a fresh home,
 * and prints rows per second and the peak heap. Run it under a small heap to see that reading streams:
 * {@code java -Xmx256m -jar target/research-pipeline.jar bench ingest --rows 200000}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks a pipeline stage. Stages: ingest.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:measured", "1:the job failed", "2:wrong usage"})
public class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STAGE", description = "What to measure: ingest.")
    String stage;

    @Option(names = "--rows", paramLabel = "N", defaultValue = "20000", description = "Respondents per file (default: ${DEFAULT-VALUE}).")
    int rows;

    @Option(names = "--home", paramLabel = "DIR", description = "Home folder to use (default: a new temporary folder).")
    Path home;

    @Option(names = "--jobs", paramLabel = "DIR", defaultValue = "jobs", description = "Phases and codebooks (default: ${DEFAULT-VALUE}).")
    Path jobs;

    @Override
    public Integer call() throws Exception {
        if (!"ingest".equals(stage)) {
            spec.commandLine().getErr().println("Only the ingest stage can be benchmarked.");
            return 2;
        }
        PrintWriter out = spec.commandLine().getOut();
        Path folder = home != null ? home : Files.createTempDirectory("pipeline-bench");
        Path inbox = folder.resolve("inbox").resolve("phase-1");
        long generating = System.nanoTime();
        BenchmarkFiles.writeXlsx(inbox.resolve("CR_bench.xlsx"), rows);
        BenchmarkFiles.writeCsv(inbox.resolve("CR_bench.csv"), rows);
        out.printf("Generated %,d + %,d respondents (xlsx %,d bytes, csv %,d bytes) in %.1f s%n", rows, rows,
                Files.size(inbox.resolve("CR_bench.xlsx")), Files.size(inbox.resolve("CR_bench.csv")), seconds(generating));
        long inboxBytes = Files.size(inbox.resolve("CR_bench.xlsx")) + Files.size(inbox.resolve("CR_bench.csv"));
        ConfigurableApplicationContext context = PipelineContext.start(folder, jobs, null, Map.of("pipeline.settle-time", "100ms"));
        try {
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long started = System.nanoTime();
            JobExecution execution;
            long live;
            try (LiveHeap heap = new LiveHeap()) {
                execution = context.getBean(JobRunner.class).run(context.getBean(IngestJobConfiguration.JOB_NAME + "Job", Job.class),
                        new JobParametersBuilder().addString("bench", folder.toString()).toJobParameters()).execution();
                live = heap.peakBytes();
            }
            double elapsed = seconds(started);
            long respondents = context.getBean(AnswerStore.class).respondents();
            out.printf("Ingest %s: %,d respondents in %.1f s = %,.0f rows/s%n", execution.getStatus(), respondents, elapsed, respondents / elapsed);
            out.printf("Heap: at most %,d MB live (sampled after a full collection every 3 s), %,d MB peak with garbage, %,d MB allowed%n",
                    live / MB, peakHeap() / MB, Runtime.getRuntime().maxMemory() / MB);
            for (StepExecution step : execution.getStepExecutions()) {
                out.printf("  step %-24s %8.1f s  %,10d records written%n", step.getStepName(),
                        Duration.between(step.getStartTime(), step.getEndTime()).toMillis() / 1000.0, step.getWriteCount());
            }
            out.printf("Home: %s%n", folder);
            return execution.getStatus() == BatchStatus.COMPLETED ? 0 : 1;
        } finally {
            context.close();
            DatabaseCompaction.compactIfWasteful(context.getEnvironment(), new HomeFolder(folder));
            long databaseBytes = Files.size(folder.resolve("data/pipeline.mv.db"));
            out.printf("Database: %,d MB once closed, %.1f times the inbox's %,d bytes%n", databaseBytes / MB,
                    (double) databaseBytes / inboxBytes, inboxBytes);
        }
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
