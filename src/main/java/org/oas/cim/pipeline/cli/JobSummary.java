package org.oas.cim.pipeline.cli;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.PrintWriter;
import java.util.List;

/** What an operator reads after a job: files taken and rejected, respondents, answers, issues by severity. */
final class JobSummary {
    private JobSummary() {
    }

    static void print(PrintWriter out, JdbcClient jdbc, JobExecution execution) {
        long id = execution.getId();
        out.printf("Execution %d of %s: %s%n", id, execution.getJobInstance().getJobName(), execution.getStatus());
        List<Object[]> files = jdbc.sql("SELECT status, COUNT(*) FROM input_file WHERE job_execution_id = ? GROUP BY status ORDER BY status")
                .param(id).query((rs, n) -> new Object[] {rs.getString(1), rs.getLong(2)}).list();
        out.printf("  files: %s%n", files.isEmpty() ? "none new" : join(files));
        out.printf("  respondents: %d, answers: %d%n",
                count(jdbc, "SELECT COUNT(*) FROM respondent r JOIN input_file f ON f.id = r.file_id WHERE f.job_execution_id = ?", id),
                count(jdbc, """
                        SELECT COUNT(*) FROM answer a JOIN respondent r ON r.id = a.respondent_id JOIN input_file f ON f.id = r.file_id
                        WHERE f.job_execution_id = ?""", id));
        List<Object[]> issues = jdbc.sql("""
                        SELECT i.severity, COUNT(*) FROM issue i JOIN input_file f ON f.id = i.file_id
                        WHERE f.job_execution_id = ? GROUP BY i.severity ORDER BY i.severity""")
                .param(id).query((rs, n) -> new Object[] {rs.getString(1), rs.getLong(2)}).list();
        out.printf("  issues: %s%n", issues.isEmpty() ? "none" : join(issues));
        if (!execution.getExitStatus().getExitDescription().isBlank()) {
            out.printf("  exit: %s%n", firstLine(execution.getExitStatus().getExitDescription()));
        }
    }

    private static long count(JdbcClient jdbc, String sql, long id) {
        return jdbc.sql(sql).param(id).query(Long.class).single();
    }

    private static String join(List<Object[]> counts) {
        return String.join(", ", counts.stream().map(c -> c[1] + " " + c[0].toString().toLowerCase()).toList());
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
