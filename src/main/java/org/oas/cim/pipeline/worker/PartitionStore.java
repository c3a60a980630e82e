package org.oas.cim.pipeline.worker;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

/** What the workers read of Spring Batch's tables: whether a run goes on, and its file partitions not yet ended. */
public class PartitionStore {
    private final JdbcClient jdbc;

    public PartitionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A partition's step execution, by id and name ({@code ingest-file:file-12}). */
    public record Partition(long stepExecutionId, String name) {
    }

    /** Whether the job execution runs on: neither ended nor asked to stop. */
    public boolean running(long jobExecutionId) {
        return jdbc.sql("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ? AND STATUS = 'STARTED'")
                .param(jobExecutionId).query(Integer.class).single() == 1;
    }

    /**
     * The partitions of one job execution whose name starts with {@code stepName + ":"} and that have not ended: not
     * started yet, or running (or left running by a process that is gone), in id order.
     */
    public List<Partition> unended(long jobExecutionId, String stepName) {
        return jdbc.sql("""
                        SELECT STEP_EXECUTION_ID, STEP_NAME FROM BATCH_STEP_EXECUTION
                        WHERE JOB_EXECUTION_ID = ? AND STEP_NAME LIKE ? AND STATUS IN ('STARTING', 'STARTED', 'STOPPING')
                        ORDER BY STEP_EXECUTION_ID""")
                .params(jobExecutionId, stepName + ":%")
                .query((rs, n) -> new Partition(rs.getLong(1), rs.getString(2))).list();
    }
}
