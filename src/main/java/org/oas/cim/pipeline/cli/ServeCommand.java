package org.oas.cim.pipeline.cli;

import org.oas.cim.pipeline.analysis.RunJobConfiguration;
import org.oas.cim.pipeline.inbox.InboxScanner;
import org.oas.cim.pipeline.inbox.Settling;
import org.oas.cim.pipeline.schedule.LockBusyException;
import org.oas.cim.pipeline.schedule.LockNames;
import org.oas.cim.pipeline.schedule.PhaseSchedule;
import org.oas.cim.pipeline.schedule.ServeLoop;
import org.oas.cim.pipeline.study.Phase;
import org.oas.cim.pipeline.study.Study;
import org.oas.cim.pipeline.system.HomeFolder;
import org.oas.cim.pipeline.system.JobRunner;
import org.oas.cim.pipeline.system.PipelineProperties;
import org.oas.cim.pipeline.system.RunSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The scheduler: {@code run} cycles for the inbox's settled files and for the phases' schedules, until stopped.
 * The inbox package's settle check and listing do what a file-watching adapter (Spring Integration's) would,
 * without a new dependency.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {
                "Keeps running: once files in the inbox have settled (size and time unchanged for --settle), runs a cycle "
                        + "of the run job for them; files still being copied wait for a later poll. Also runs each phase on "
                        + "the cron schedule jobs/phases.yml gives it. Never runs one phase twice at once, not even beside "
                        + "another serve or a run on the same database.",
                "Stop it with Ctrl-C or SIGTERM: the cycle under way stops at its next chunk or step, as a STOPPED "
                        + "execution that the next serve or run resumes. Logs go to <home>/logs/."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped", "1:could not start (database, jobs/ definitions)", "2:wrong usage",
                "130:stopped by Ctrl-C, once the cycle under way stopped", "143:stopped by SIGTERM, once the cycle under way stopped"})
class ServeCommand implements Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Spec
    CommandSpec spec;

    @Mixin
    HomeOptions home;

    @Option(names = "--poll", paramLabel = "DURATION", defaultValue = "5s", converter = DurationConverter.class,
            description = "How often the inbox is looked at (default: ${DEFAULT-VALUE}).")
    Duration poll;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", description = "Language of the tables' labels: en, es or pt.")
    String language;

    @Option(names = "--retry-after", paramLabel = "DURATION", defaultValue = "5m", converter = DurationConverter.class,
            description = "After a failed or stopped cycle, how long before the next one starts (default: ${DEFAULT-VALUE}).")
    Duration retryAfter;

    @Option(names = "--grace", paramLabel = "DURATION", defaultValue = "1m", converter = DurationConverter.class,
            description = "On Ctrl-C or SIGTERM, how long to wait for the cycle under way to stop (default: ${DEFAULT-VALUE}).")
    Duration grace;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Duration settle = settle();
        HomeFolder folder = new HomeFolder(home.home).create();
        Map<String, Object> overrides = new LinkedHashMap<>();
        overrides.put("pipeline.language", language);
        // A file that changes while a cycle claims is left for a later poll rather than waited for.
        overrides.put("pipeline.settle-timeout", settle.multipliedBy(2).toMillis() + "ms");
        // This command stops the running job itself before anything closes (see stopGracefully).
        overrides.put("spring.main.register-shutdown-hook", "false");
        overrides.put("logging.register-shutdown-hook", "false");
        ConfigurableApplicationContext context = home.start(overrides);
        CountDownLatch closed = new CountDownLatch(1);
        Thread hook = null;
        try {
            Study study = context.getBean(Study.class);
            List<PhaseSchedule> schedules = PhaseSchedule.of(study);
            JobRunner runner = context.getBean(JobRunner.class);
            Job job = context.getBean(RunJobConfiguration.JOB_NAME + "Job", Job.class);
            Cycles cycles = new Cycles(out, runner, job, folder, context.getBean(PipelineProperties.class), context.getBean(JdbcClient.class));
            Clock clock = Clock.systemDefaultZone();
            Settling settling = new Settling(new InboxScanner(folder.inbox(), study.phases().stream().map(Phase::id)
                    .collect(Collectors.toSet())), clock);
            ServeLoop loop = new ServeLoop(settling, new ServeLoop.Settings(settle, poll, retryAfter), schedules, cycles::launch, clock);
            hook = new Thread(() -> stopGracefully(loop, runner, closed), "serve-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            greet(out, folder, settle, schedules, clock);
            cycles.resume();
            loop.run();
            out.println("Stopped.");
            return ExitCodes.DONE;
        } finally {
            context.close();
            closed.countDown();
            if (hook != null) {
                removeHook(hook);
            }
        }
    }

    private Duration settle() {
        try {
            return new DurationConverter().convert(home.settle);
        } catch (RuntimeException e) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--settle': " + e.getMessage());
        }
    }

    private void greet(PrintWriter out, HomeFolder folder, Duration settle, List<PhaseSchedule> schedules, Clock clock) {
        out.printf("Serving %s: the inbox is looked at every %s, a file is taken once unchanged for %s.%n",
                folder.root(), text(poll), text(settle));
        ZonedDateTime now = ZonedDateTime.now(clock);
        for (PhaseSchedule schedule : schedules) {
            ZonedDateTime next = schedule.next(now);
            out.printf("  %s on '%s', next at %s%n", schedule.phaseId(), schedule.cron(),
                    next == null ? "never" : TIME.format(next.truncatedTo(ChronoUnit.SECONDS)));
        }
        out.println("Stop with Ctrl-C or SIGTERM.");
        out.flush();
        log.info("Serving {} (poll {}, settle {}, {} phase schedule(s))", folder.root(), poll, settle, schedules.size());
    }

    /** Runs in the shutdown hook: the JVM exits when this returns, so it waits for the job, then for the context. */
    private void stopGracefully(ServeLoop loop, JobRunner runner, CountDownLatch closed) {
        log.info("Stop requested: no new cycle starts; the cycle under way is asked to stop");
        loop.stop();
        long deadline = System.nanoTime() + grace.toNanos();
        try {
            if (!runner.shutdown(grace)) {
                log.warn("The cycle under way did not stop within {}: the next serve or run resumes it", grace);
            }
            closed.await(Math.max(1, (deadline - System.nanoTime()) / 1_000_000) + 5_000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running and waits for this thread to finish closing: nothing to remove.
        }
    }

    /** {@code 250ms}, {@code 3s}, {@code 5m}: the way the options are written. */
    static String text(Duration duration) {
        if (duration.toMillisPart() != 0 || duration.isZero()) {
            return duration.toMillis() + "ms";
        }
        return duration.toSecondsPart() != 0 ? duration.toSeconds() + "s" : duration.toMinutes() + "m";
    }

    /** The {@code run} job as serve launches it, with the parameters {@code run} gives it. */
    private record Cycles(PrintWriter out, JobRunner runner, Job job, HomeFolder folder, PipelineProperties properties, JdbcClient jdbc) {

        ServeLoop.Result launch(String phase) throws Exception {
            JobParameters parameters = new JobParametersBuilder()
                    .addString("phase", phase)
                    .addString("lang", properties.language())
                    .addString("snapshot", RunSnapshot.of(folder, properties.jobs(), jdbc))
                    .toJobParameters();
            try {
                return report(runner.run(job, parameters));
            } catch (LockBusyException busy) {
                log.info("{} Waiting for the next poll.", busy.getMessage());
                return ServeLoop.Result.BUSY;
            }
        }

        /** Resumes what a previous serve or run left unfinished, before anything new. */
        void resume() throws Exception {
            try {
                runner.resumeUnfinished(job).ifPresent(this::report);
            } catch (LockBusyException busy) {
                log.info("{} Leaving its executions to it.", busy.getMessage());
            }
        }

        private ServeLoop.Result report(JobRunner.Outcome outcome) {
            if (outcome.alreadyComplete()) {
                return ServeLoop.Result.NOTHING_NEW;
            }
            out.printf("%s%s%n", TIME.format(LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS)),
                    outcome.restarted() ? " (resuming an unfinished execution)" : "");
            JobSummary.print(out, jdbc, outcome.execution());
            out.flush();
            BatchStatus status = outcome.execution().getStatus();
            log.info("Execution {} of {} (phase {}): {}", outcome.execution().getId(), job.getName(),
                    outcome.execution().getJobParameters().getString("phase", LockNames.ALL_PHASES), status);
            if (status != BatchStatus.COMPLETED) {
                return ServeLoop.Result.FAILED;
            }
            return outcome.restarted() ? ServeLoop.Result.RESUMED : ServeLoop.Result.COMPLETED;
        }
    }

    /** Durations as in properties: {@code 500ms}, {@code 5s}, {@code 2m}, or ISO-8601 ({@code PT5S}); positive. */
    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            Duration duration;
            try {
                duration = DurationStyle.detectAndParse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a duration (500ms, 5s, 2m, PT5S)");
            }
            if (duration.isNegative() || duration.isZero()) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a positive duration");
            }
            return duration;
        }
    }
}
