package org.oas.cim.pipeline.cli;

import org.oas.cim.pipeline.codebook.JobsFolder;
import org.oas.cim.pipeline.inbox.InboxNotice;
import org.oas.cim.pipeline.inbox.InboxScanner;
import org.oas.cim.pipeline.recovery.CrashRecovery;
import org.oas.cim.pipeline.system.EncryptedDatabase;
import org.oas.cim.pipeline.schedule.ExecutionHistory;
import org.oas.cim.pipeline.schedule.LockHolder;
import org.oas.cim.pipeline.schedule.PipelineLock;
import org.oas.cim.pipeline.study.Phase;
import org.oas.cim.pipeline.study.Study;
import org.oas.cim.pipeline.system.HomeFolder;
import org.oas.cim.pipeline.system.PipelineProperties;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** What ran, what failed, what runs now. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Lists the jobs' recent executions, newest first (id, job, parameters, status, start, duration, items "
                + "read, written and skipped, exit message), what a crash left and what the next run does with it, the locks held now, "
                + "and whether the home's H2 database is encrypted.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:listed", "1:the database could not be read", "2:wrong usage"})
class StatusCommand implements Callable<Integer> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String[] HEADER = {"ID", "JOB", "PARAMETERS", "STATUS", "STARTED", "DURATION", "READ", "WRITTEN", "SKIPPED", "EXIT"};
    private static final boolean[] NUMERIC = {true, false, false, false, false, true, true, true, true, false};
    private static final String ORPHANED = "*";

    @Spec
    CommandSpec spec;

    @Mixin
    HomeOptions home;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "How many executions to list (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be at least 1, not " + limit);
        }
        PrintWriter out = spec.commandLine().getOut();
        try (ConfigurableApplicationContext context = home.start(Map.of())) {
            List<ExecutionHistory.Entry> entries = context.getBean(ExecutionHistory.class).recent(limit);
            if (entries.isEmpty()) {
                out.println("No job has run in this home yet.");
            } else {
                printTable(out, entries);
            }
            printCrashLeftovers(out, context.getBean(CrashRecovery.class).inspect());
            printInboxNotices(out, context.getBean(PipelineProperties.class).homeFolder().inbox(), context.getBean(Study.class));
            PipelineLock lock = context.getBean(PipelineLock.class);
            printLocks(out, lock.holders(), lock.now());
            if (home.dbUrl == null) {
                out.println(EncryptedDatabase.describe(new HomeFolder(home.home)));
            }
            out.printf("jobs/: %s%n", context.getBean(JobsFolder.class).describe());
            return ExitCodes.DONE;
        }
    }

    private static void printTable(PrintWriter out, List<ExecutionHistory.Entry> entries) {
        LocalDateTime now = LocalDateTime.now();
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        boolean anyOrphaned = false;
        for (ExecutionHistory.Entry e : entries) {
            anyOrphaned |= e.orphaned();
            String exit = e.exitMessage().isEmpty() ? e.exitCode() : e.exitCode() + ": " + e.exitMessage();
            rows.add(new String[] {String.valueOf(e.id()), e.job(), e.parameters(), e.status() + (e.orphaned() ? ORPHANED : ""),
                    e.start() == null ? "-" : TIME.format(e.start()), duration(e.duration(now)),
                    String.valueOf(e.read()), String.valueOf(e.written()), String.valueOf(e.skipped()), exit});
        }
        int[] widths = new int[HEADER.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                String cell = i == row.length - 1 ? row[i] : pad(row[i], widths[i], NUMERIC[i] && row != HEADER);
                line.append(i == 0 ? "" : "  ").append(cell);
            }
            out.println(line.toString().stripTrailing());
        }
        if (anyOrphaned) {
            out.println(ORPHANED + " left running by a process that is gone: the next run or serve resumes it (or `abandon ID`).");
        }
    }

    /** What the inbox holds that no run will take, as the researchers' {@code _notices.csv} lists it. */
    private static void printInboxNotices(PrintWriter out, Path inbox, Study study) {
        if (!Files.isDirectory(inbox)) {
            return;
        }
        try {
            List<InboxNotice> notices = new InboxScanner(inbox, study.phases().stream().map(Phase::id).collect(Collectors.toSet()))
                    .scanWithNotices().notices();
            if (!notices.isEmpty()) {
                out.printf("Left in the inbox (listed for researchers in %s):%n", inbox.resolve(InboxScanner.NOTICES_FILE));
                notices.forEach(notice -> out.println("  " + notice));
            }
        } catch (IOException e) {
            out.printf("The inbox %s could not be listed (%s)%n", inbox, e.getClass().getSimpleName());
        }
    }

    private static void printCrashLeftovers(PrintWriter out, List<CrashRecovery.Finding> found) {
        if (!found.isEmpty()) {
            out.println("Left by a crash:");
            found.forEach(finding -> out.println("  " + finding));
        }
    }

    private static void printLocks(PrintWriter out, List<LockHolder> holders, OffsetDateTime now) {
        if (holders.isEmpty()) {
            out.println("No lock is held: nothing runs now.");
            return;
        }
        out.println("Locks:");
        for (LockHolder holder : holders) {
            out.printf("  %s: %s since %s, heartbeat %ds ago%s%n", holder.name(), holder.owner(), holder.since(),
                    holder.heartbeatAgeSeconds(now), holder.live() ? "" : " (its process is gone: the next job takes it over)");
        }
    }

    private static String pad(String text, int width, boolean right) {
        String padding = " ".repeat(width - text.length());
        return right ? padding + text : text + padding;
    }

    static String duration(Duration duration) {
        if (duration == null) {
            return "-";
        }
        long seconds = duration.toSeconds();
        if (seconds < 60) {
            return String.format("%d.%ds", seconds, duration.toMillisPart() / 100);
        }
        if (seconds < 3600) {
            return String.format("%dm %02ds", seconds / 60, seconds % 60);
        }
        return String.format("%dh %02dm", seconds / 3600, seconds % 3600 / 60);
    }
}
