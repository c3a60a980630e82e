package org.oas.cim.pipeline.cli;

import org.oas.cim.pipeline.analysis.RunJobConfiguration;
import org.oas.cim.pipeline.inbox.InboxScanner;
import org.oas.cim.pipeline.inbox.Settling;
import org.oas.cim.pipeline.schedule.LockBusyException;
import org.oas.cim.pipeline.schedule.LockNames;
import org.oas.cim.pipeline.schedule.PhaseSchedule;
import org.oas.cim.pipeline.schedule.ServeLoop;
import org.oas.cim.pipeline.schedule.StopSignals;
import org.oas.cim.pipeline.study.Phase;
import org.oas.cim.pipeline.study.Study;
import org.oas.cim.pipeline.system.HomeFolder;
import org.oas.cim.pipeline.launch.JobRunner;
import org.oas.cim.pipeline.system.PipelineProperties;
import org.oas.cim.pipeline.worker.PartitionHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.ApplicationContext;
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
import java.util.concurrent.atomic.AtomicInteger;
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
        exitCodeList = {"0:stopped", "2:wrong usage, or could not start (jobs/, the database, the home folder: one line says which)",
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

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", description = "Language of the tables' labels: en, es, pt or nl.")
    String language;

    @Option(names = "--retry-after", paramLabel = "DURATION", defaultValue = "5m", converter = DurationConverter.class,
            description = "After a failed or stopped cycle, how long before the next one starts (default: ${DEFAULT-VALUE}).")
    Duration retryAfter;

    @Option(names = "--grace", paramLabel = "DURATION", defaultValue = "1m", converter = DurationConverter.class,
            description = "On Ctrl-C or SIGTERM, how long to wait for the cycle under way to stop (default: ${DEFAULT-VALUE}).")
    Duration grace;

    @Option(names = "--worker", description = "Share the files with the other serve --worker processes on this database: "
            + "the one that starts a cycle hands its files out, each is read by one worker, and that one cycle decides, "
            + "places and publishes each phase once all are read. The workers share the home folder (a network folder) "
            + "and the database (PostgreSQL).")
    boolean worker;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Duration settle = settle();
        HomeFolder folder = new HomeFolder(home.home).create();
        Map<String, Object> overrides = new LinkedHashMap<>();
        overrides.put("pipeline.language", language);
        // A file that changes while a cycle claims is left for a later poll rather than waited for.
        overrides.put("pipeline.settle-timeout", settle.multipliedBy(2).toMillis() + "ms");
        overrides.put("pipeline.worker.enabled", String.valueOf(worker));
        ConfigurableApplicationContext context = home.start(overrides);
        try {
            Study study = context.getBean(Study.class);
            List<PhaseSchedule> schedules;
            try {
                schedules = PhaseSchedule.of(study);
            } catch (IllegalArgumentException badSchedule) {
                spec.commandLine().getErr().println(badSchedule.getMessage());
                return ExitCodes.FAILED;
            }
            JobRunner runner = context.getBean(JobRunner.class);
            Job job = context.getBean(RunJobConfiguration.JOB_NAME + "Job", Job.class);
            Cycles cycles = new Cycles(out, runner, job, context, context.getBean(PipelineProperties.class));
            Clock clock = Clock.systemDefaultZone();
            Settling settling = new Settling(new InboxScanner(folder.inbox(), study.phases().stream().map(Phase::id)
                    .collect(Collectors.toSet())), clock);
            ServeLoop loop = new ServeLoop(settling, new ServeLoop.Settings(settle, poll, retryAfter), schedules, cycles::launch, clock);
            AtomicInteger exitCode = new AtomicInteger(ExitCodes.DONE);
            PartitionHelper helper = context.getBean(PartitionHelper.class);
            try (StopSignals signals = StopSignals.install(signalled -> stopGracefully(loop, runner, helper, signalled, exitCode));
                 helper) {
                greet(out, folder, settle, schedules, clock);
                if (worker) {
                    helper.start();
                }
                cycles.resume();
                loop.run();
            }
            out.println("Stopped.");
            return exitCode.get();
        } finally {
            context.close();
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
        if (worker) {
            out.println("As a worker: files of cycles the other workers start are read here too.");
        }
        out.println("Stop with Ctrl-C or SIGTERM.");
        out.flush();
        log.info("Serving {} (poll {}, settle {}, {} phase schedule(s))", folder.root(), text(poll), text(settle), schedules.size());
    }

    /**
     * On Ctrl-C or SIGTERM: no new cycle, the one under way stops at its next chunk or step, then the main thread
     * closes the database and exits with the signal's code. Past the grace period it exits at once, leaving the
     * execution to be recovered and resumed by the next serve or run.
     */
    private void stopGracefully(ServeLoop loop, JobRunner runner, PartitionHelper helper, int signalled, AtomicInteger exitCode) {
        log.info("Stop requested: no new cycle starts; the cycle under way is asked to stop");
        exitCode.set(signalled);
        loop.stop();
        try {
            if (!runner.shutdown(grace)) {
                log.warn("The cycle under way did not stop within {}: exiting now; the next serve or run resumes it", text(grace));
                System.exit(signalled);
            }
            // A file taken for another worker's cycle is finished rather than stopped, which would fail that cycle.
            if (!helper.stop(grace)) {
                log.warn("The file under way for another worker's cycle did not end within {}: exiting now; that cycle reads it on",
                        text(grace));
                System.exit(signalled);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
    private record Cycles(PrintWriter out, JobRunner runner, Job job, ApplicationContext context, PipelineProperties properties) {

        ServeLoop.Result launch(String phase) throws Exception {
            try {
                return report(runner.run(job, RunParameters.run(context, phase, properties.language()).toJobParameters()));
            } catch (LockBusyException busy) {
                log.info("{} Waiting for the next poll.", busy.getMessage());
                return ServeLoop.Result.BUSY;
            }
        }

        /** Resumes what a previous serve or run left unfinished, before anything new; the cycles try again if it cannot. */
        void resume() {
            try {
                runner.resumeUnfinished(job).ifPresent(this::report);
            } catch (LockBusyException busy) {
                log.info("{} Leaving its executions to it.", busy.getMessage());
            } catch (Exception e) {
                log.error("Could not resume the last unfinished execution", e);
            }
        }

        private ServeLoop.Result report(JobRunner.Outcome outcome) {
            if (outcome.alreadyComplete()) {
                return ServeLoop.Result.NOTHING_NEW;
            }
            out.printf("%s%s%n", TIME.format(LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS)),
                    outcome.restarted() ? " (resuming an unfinished execution)" : "");
            JobSummary.print(out, context, outcome.execution());
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
