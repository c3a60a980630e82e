package org.oas.cim.pipeline.recovery;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * What a crash can leave half-written in Spring Batch's job repository, where Spring Batch saves one thing in
 * several transactions: a job instance without an execution (spring-batch#4763), an execution or a step execution
 * without its context. Each is found here and deleted whole; nothing of it has run yet.
 */
@Repository
class RecoveryStore {
    private static final String WITHOUT_EXECUTION =
            "NOT EXISTS (SELECT 1 FROM BATCH_JOB_EXECUTION e WHERE e.JOB_INSTANCE_ID = i.JOB_INSTANCE_ID)";

    private final JdbcClient jdbc;

    RecoveryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A row of the job repository, by id and the job it belongs to. */
    record BatchRow(long id, String job) {
    }

    List<BatchRow> instancesWithoutExecution() {
        return jdbc.sql("SELECT i.JOB_INSTANCE_ID, i.JOB_NAME FROM BATCH_JOB_INSTANCE i WHERE " + WITHOUT_EXECUTION + " ORDER BY 1")
                .query((rs, n) -> new BatchRow(rs.getLong(1), rs.getString(2))).list();
    }

    void deleteInstanceWithoutExecution(long instanceId) {
        jdbc.sql("DELETE FROM BATCH_JOB_INSTANCE i WHERE i.JOB_INSTANCE_ID = ? AND " + WITHOUT_EXECUTION).param(instanceId).update();
    }

    List<BatchRow> executionsWithoutContext() {
        return jdbc.sql("""
                        SELECT e.JOB_EXECUTION_ID, i.JOB_NAME FROM BATCH_JOB_EXECUTION e
                          JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
                        WHERE NOT EXISTS (SELECT 1 FROM BATCH_JOB_EXECUTION_CONTEXT c WHERE c.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID)
                        ORDER BY 1""")
                .query((rs, n) -> new BatchRow(rs.getLong(1), rs.getString(2))).list();
    }

    /** An execution, its parameters and its step executions: what the crash cut short before it began. */
    @Transactional
    public void deleteExecution(long executionId) {
        jdbc.sql("""
                DELETE FROM BATCH_STEP_EXECUTION_CONTEXT WHERE STEP_EXECUTION_ID IN
                  (SELECT STEP_EXECUTION_ID FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ?)""").param(executionId).update();
        jdbc.sql("DELETE FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ?").param(executionId).update();
        jdbc.sql("DELETE FROM BATCH_JOB_EXECUTION_PARAMS WHERE JOB_EXECUTION_ID = ?").param(executionId).update();
        jdbc.sql("DELETE FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?").param(executionId).update();
    }

    /** Step executions without their context, by step execution id and step name. */
    List<BatchRow> stepExecutionsWithoutContext() {
        return jdbc.sql("""
                        SELECT s.STEP_EXECUTION_ID, s.STEP_NAME FROM BATCH_STEP_EXECUTION s
                        WHERE NOT EXISTS (SELECT 1 FROM BATCH_STEP_EXECUTION_CONTEXT c WHERE c.STEP_EXECUTION_ID = s.STEP_EXECUTION_ID)
                        ORDER BY 1""")
                .query((rs, n) -> new BatchRow(rs.getLong(1), rs.getString(2))).list();
    }

    void deleteStepExecution(long stepExecutionId) {
        jdbc.sql("DELETE FROM BATCH_STEP_EXECUTION WHERE STEP_EXECUTION_ID = ?").param(stepExecutionId).update();
    }

    /**
     * Step executions left running under an execution that ended (an error thrown as the step's own end was being
     * saved: the execution failed, the step never ended), by step execution id and job execution id. Spring Batch takes
     * such a step for one still running and refuses to restart its execution.
     */
    List<StepRow> stepsLeftRunningUnderEndedExecutions() {
        return jdbc.sql("""
                        SELECT s.STEP_EXECUTION_ID, s.STEP_NAME, s.JOB_EXECUTION_ID, s.STATUS FROM BATCH_STEP_EXECUTION s
                        JOIN BATCH_JOB_EXECUTION j ON j.JOB_EXECUTION_ID = s.JOB_EXECUTION_ID
                        WHERE s.STATUS IN ('STARTING', 'STARTED', 'STOPPING', 'UNKNOWN')
                          AND j.STATUS NOT IN ('STARTING', 'STARTED', 'STOPPING', 'UNKNOWN')
                        ORDER BY 1""")
                .query((rs, n) -> new StepRow(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4))).list();
    }

    record StepRow(long id, String step, long jobExecutionId, String status) {
    }

    /** Executions no process will end: left starting, started, stopping or unknown. */
    List<Long> executionsLeftUnended() {
        return jdbc.sql("SELECT JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION WHERE STATUS IN ('STARTING', 'STARTED', 'STOPPING', 'UNKNOWN') ORDER BY 1")
                .query(Long.class).list();
    }
}
