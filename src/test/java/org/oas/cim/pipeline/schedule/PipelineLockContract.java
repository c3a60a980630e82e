package org.oas.cim.pipeline.schedule;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The lock table's rules, on each database the pipeline runs on (a subclass per database). Each
 * {@link PipelineLock} stands for one process.
 */
abstract class PipelineLockContract {
    static final LockSettings SHORT = new LockSettings(Duration.ofMillis(900));

    /** The database, its {@code pipeline_lock} table created by the migration. */
    abstract JdbcTemplate jdbc();

    /** The migrations that make the table: V5 creates it, V8 records who holds each lock. */
    static String migration() throws Exception {
        StringBuilder sql = new StringBuilder();
        for (String script : List.of("V5__pipeline_lock.sql", "V8__pipeline_lock_holder.sql")) {
            try (var in = Objects.requireNonNull(PipelineLockContract.class.getResourceAsStream("/db/migration/common/" + script))) {
                sql.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
            }
        }
        return sql.toString();
    }

    @BeforeEach
    void noLockHeld() {
        jdbc().update("DELETE FROM pipeline_lock");
    }

    @Test
    void aLockHeldByALiveProcessIsBusyForAnotherUntilGivenBack() {
        try (PipelineLock first = new PipelineLock(new LockStore(jdbc()), SHORT); PipelineLock second = new PipelineLock(new LockStore(jdbc()), SHORT)) {
            PipelineLock.Lease lease = first.acquire(List.of("phase:phase-1", "ingest"));
            assertThat(lease.names()).containsExactly("ingest", "phase:phase-1");

            assertThatThrownBy(() -> second.acquire(List.of("phase:phase-1")))
                    .isInstanceOf(LockBusyException.class)
                    .hasMessageContaining("phase phase-1 is being run by another process (" + first.owner());
            assertThat(second.acquire(List.of("phase:phase-2")).names()).containsExactly("phase:phase-2");

            lease.close();
            assertThat(second.acquire(List.of("phase:phase-1", "ingest")).names()).containsExactly("ingest", "phase:phase-1");
        }
    }

    @Test
    void locksAreTakenAllOrNone() {
        try (PipelineLock first = new PipelineLock(new LockStore(jdbc()), SHORT); PipelineLock second = new PipelineLock(new LockStore(jdbc()), SHORT)) {
            first.acquire(List.of("phase:phase-2"));

            assertThatThrownBy(() -> second.acquire(List.of("ingest", "phase:phase-1", "phase:phase-2")))
                    .isInstanceOf(LockBusyException.class);

            assertThat(second.holders()).extracting(LockHolder::name).containsExactly("phase:phase-2");
            assertThat(first.acquire(List.of("ingest", "phase:phase-1")).names()).containsExactly("ingest", "phase:phase-1");
        }
    }

    @Test
    void theHeartbeatKeepsALockAliveLongPastTheTimeout() throws Exception {
        try (PipelineLock first = new PipelineLock(new LockStore(jdbc()), SHORT); PipelineLock second = new PipelineLock(new LockStore(jdbc()), SHORT)) {
            first.acquire(List.of("ingest"));
            Thread.sleep(SHORT.timeout().multipliedBy(2).toMillis());

            assertThat(second.holders()).singleElement().satisfies(holder -> {
                assertThat(holder.owner()).isEqualTo(first.owner());
                assertThat(holder.live()).isTrue();
            });
            assertThatThrownBy(() -> second.acquire(List.of("ingest"))).isInstanceOf(LockBusyException.class);
        }
    }

    @Test
    void aLockLeftByADeadProcessIsTakenOverOnceItsHeartbeatIsOlderThanTheTimeout() {
        try (PipelineLock survivor = new PipelineLock(new LockStore(jdbc()), SHORT)) {
            OffsetDateTime now = survivor.now();
            // What a process killed with kill -9 leaves: its row, renewed for the last time a while ago.
            jdbc().update("INSERT INTO pipeline_lock (lock_name, owner_id, acquired_at, heartbeat_at) VALUES (?, ?, ?, ?)",
                    "ingest", "pid 1 on gone (00000000)", now.minusMinutes(5), now.minus(SHORT.timeout()).minusSeconds(1));
            assertThat(survivor.holders()).singleElement().extracting(LockHolder::live).isEqualTo(false);

            assertThat(survivor.acquire(List.of("ingest")).names()).containsExactly("ingest");

            assertThat(survivor.holders()).singleElement().satisfies(holder -> {
                assertThat(holder.owner()).isEqualTo(survivor.owner());
                assertThat(holder.live()).isTrue();
            });
        }
    }

    @Test
    void aLockLeftByAProcessOfThisMachineThatNoLongerExistsIsTakenOverAtOnce() throws Exception {
        try (PipelineLock survivor = new PipelineLock(new LockStore(jdbc()), new LockSettings(Duration.ofMinutes(10)))) {
            LockProcess here = LockProcess.current();
            long deadPid = finishedProcess();
            OffsetDateTime now = survivor.now();
            // Renewed a moment ago: only the process table tells that its holder is gone.
            insertHolder("ingest", "pid " + deadPid + " on " + here.host() + " (00000000)", now, deadPid, here.host(), here.bootId());
            assertThat(survivor.holders()).singleElement().extracting(LockHolder::live).isEqualTo(here.bootId() == null);

            if (here.bootId() != null) {
                assertThat(survivor.acquire(List.of("ingest")).names()).containsExactly("ingest");
                assertThat(survivor.holders()).singleElement().extracting(LockHolder::owner).isEqualTo(survivor.owner());
            }
        }
    }

    @Test
    void aLockHeldOnAnotherMachineKeepsItsTimeout() throws Exception {
        try (PipelineLock survivor = new PipelineLock(new LockStore(jdbc()), new LockSettings(Duration.ofMinutes(10)))) {
            LockProcess here = LockProcess.current();
            long deadPid = finishedProcess();
            insertHolder("ingest", "pid " + deadPid + " on elsewhere (00000000)", survivor.now(), deadPid, "elsewhere", here.bootId());
            insertHolder("phase:phase-1", "pid " + deadPid + " on " + here.host() + " before a reboot (00000000)", survivor.now(),
                    deadPid, here.host(), "another-boot");

            assertThat(survivor.holders()).extracting(LockHolder::live).containsExactly(true, true);
            assertThatThrownBy(() -> survivor.acquire(List.of("ingest"))).isInstanceOf(LockBusyException.class);
            assertThatThrownBy(() -> survivor.acquire(List.of("phase:phase-1"))).isInstanceOf(LockBusyException.class);
        }
    }

    private void insertHolder(String name, String owner, OffsetDateTime heartbeat, long pid, String host, String bootId) {
        jdbc().update("""
                INSERT INTO pipeline_lock (lock_name, owner_id, acquired_at, heartbeat_at, holder_pid, holder_host, holder_boot_id)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", name, owner, heartbeat, heartbeat, pid, host, bootId);
    }

    /** The id of a process of this machine that has ended. */
    private static long finishedProcess() throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        process.waitFor();
        return process.pid();
    }

    @Test
    void closingAProcessGivesBackEveryLockItHolds() {
        PipelineLock first = new PipelineLock(new LockStore(jdbc()), SHORT);
        first.acquire(List.of("ingest", "phase:caribbean"));
        assertThat(first.holders()).hasSize(2);

        first.close();

        assertThat(jdbc().queryForObject("SELECT COUNT(*) FROM pipeline_lock", Integer.class)).isZero();
    }
}
