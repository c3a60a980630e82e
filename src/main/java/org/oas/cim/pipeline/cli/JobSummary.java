package org.oas.cim.pipeline.cli;

import org.oas.cim.pipeline.ingest.AnswerStore;
import org.oas.cim.pipeline.ingest.InputFileStore;
import org.oas.cim.pipeline.ingest.IssueStore;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ApplicationContext;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** What an operator reads after a job: files taken and rejected, respondents, answers, issues by severity. */
final class JobSummary {
    private JobSummary() {
    }

    static void print(PrintWriter out, ApplicationContext context, JobExecution execution) {
        long id = execution.getId();
        out.printf("Execution %d of %s: %s%n", id, execution.getJobInstance().getJobName(), execution.getStatus());
        Map<? extends Enum<?>, Long> files = context.getBean(InputFileStore.class).decidedBy(id);
        out.printf("  files: %s%n", files.isEmpty() ? "none new" : join(files));
        AnswerStore.Taken taken = context.getBean(AnswerStore.class).takenBy(id);
        out.printf("  respondents: %d, answers: %d%n", taken.respondents(), taken.answers());
        Map<? extends Enum<?>, Long> issues = context.getBean(IssueStore.class).countsDecidedBy(id);
        out.printf("  issues: %s%n", issues.isEmpty() ? "none" : join(issues));
        if (!execution.getExitStatus().getExitDescription().isBlank()) {
            out.printf("  exit: %s%n", firstLine(execution.getExitStatus().getExitDescription()));
        }
    }

    /** "24 archived, 1 duplicate, 6 rejected": by name, as an operator scans them. */
    private static String join(Map<? extends Enum<?>, Long> counts) {
        return counts.entrySet().stream().sorted(Comparator.comparing(e -> e.getKey().name()))
                .map(e -> e.getValue() + " " + e.getKey().name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
