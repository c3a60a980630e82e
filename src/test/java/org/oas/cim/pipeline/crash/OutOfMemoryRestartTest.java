package org.oas.cim.pipeline.crash;

import org.oas.cim.pipeline.RunsInChildJvms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oas.cim.pipeline.cli.InboxCopy;
import org.oas.cim.pipeline.postgres.RunState;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A step that dies of an out-of-memory ({@code -Dpipeline.fail-at=N}: the error thrown just before the N-th durable
 * step, inside whatever transaction was about to commit) leaves a run that ends FAILED, never in Spring Batch's
 * "unknown state" that may not be restarted, and the next plain {@code run} resumes it to the tables of a run that never
 * failed. The points: while files are read, and while a phase is verified and published.
 */
@RunsInChildJvms
class OutOfMemoryRestartTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(180);
    private static final CrashDrill.Database H2 = CrashPointsOnH2Test.h2();

    @TempDir
    Path base;

    @Test
    void aRunThatRanOutOfMemoryAnywhereIsResumedByTheNextRun() throws Exception {
        Path reference = samplesHome("reference");
        PipelineProcess listed = PipelineProcess.start(reference, "listed", List.of("-Dpipeline.crash-points=list"), List.of("run"));
        listed.awaitSuccess(TIMEOUT);
        RunState expected = state(reference);
        List<String> steps = CrashDrill.listed(listed.printed());

        int firstReport = CrashDrill.first(steps, "the report on");
        int staging = CrashDrill.first(steps, "the staging of phase");
        assertThat(firstReport).isPositive();
        assertThat(staging).isPositive();
        // Inside transactions (a kill is the crash drills'): a chunk of the ingest, between the claims and the first
        // file's report; the phase's findings and evidence, just before the first staging; a publication.
        SortedSet<Integer> points = new TreeSet<>(List.of((lastClaim(steps) + firstReport) / 2, staging - 1,
                CrashDrill.first(steps, "the publication of phase")));
        assertThat(points).doesNotContain(0).hasSize(3);

        Map<Integer, String> statuses = new ConcurrentSkipListMap<>();
        EachPoint.check(points, n -> {
            Path home = samplesHome("fail-at-" + n);
            String at = "after an out-of-memory at point " + n + " (before " + steps.get(n - 1) + ")";
            PipelineProcess failed = PipelineProcess.start(home, "fail-at-" + n, List.of("-Dpipeline.fail-at=" + n), List.of("run"));
            // 70: the program failed inside, not a verdict on the files.
            assertThat(failed.awaitExit(TIMEOUT)).as("the run's exit %s:\n%s", at, failed.output()).isEqualTo(70);
            String status = lastExecutionStatus(home);
            statuses.put(n, status);
            assertThat(status).as("the execution's status " + at).isIn("FAILED", "STOPPED");

            PipelineProcess again = PipelineProcess.start(home, "after-" + n, List.of(), List.of("run"));
            again.awaitSuccess(TIMEOUT);
            assertThat(again.logSinceStart()).doesNotContain("should not be restarted");
            CrashDrill.assertFinishedAs(expected, state(home), at);
            CrashDrill.deleteTree(home);
        });
        System.out.printf("out-of-memory points resumed on H2: %s%n", statuses);
    }

    private static int lastClaim(List<String> steps) {
        for (int n = steps.size(); n > 0; n--) {
            if (steps.get(n - 1).contains("the claim of")) {
                return n;
            }
        }
        return 0;
    }

    private static String lastExecutionStatus(Path home) throws Exception {
        try (Connection db = H2.connect(home); Statement statement = db.createStatement();
             ResultSet last = statement.executeQuery("SELECT status FROM batch_job_execution ORDER BY job_execution_id DESC LIMIT 1")) {
            return last.next() ? last.getString(1) : "none";
        }
    }

    private Path samplesHome(String name) throws Exception {
        Path home = base.resolve(name);
        Files.createDirectories(home.resolve("data"));
        InboxCopy.copy(Path.of("input-samples"), home.resolve("inbox"));
        return home;
    }

    private static RunState state(Path home) throws Exception {
        try (Connection db = H2.connect(home)) {
            return RunState.read(home, db);
        }
    }
}
