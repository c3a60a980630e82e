package org.oas.cim.pipeline.schedule;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
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

    static String migration() throws Exception {
        try (var in = Objects.requireNonNull(PipelineLockContract.class.getResourceAsStream("/db/migration/common/V5__pipeline_lock.sql"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @BeforeEach
    void noLockHeld() {
        jdbc().update("DELETE FROM pipeline_lock");
    }

    @Test
    void aLockHeldByALiveProcessIsBusyForAnotherUntilGivenBack() {
        try (PipelineLock first = new PipelineLock(jdbc(), SHORT); PipelineLock second = new PipelineLock(jdbc(), SHORT)) {
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
        try (PipelineLock first = new PipelineLock(jdbc(), SHORT); PipelineLock second = new PipelineLock(jdbc(), SHORT)) {
            first.acquire(List.of("phase:phase-2"));

            assertThatThrownBy(() -> second.acquire(List.of("ingest", "phase:phase-1", "phase:phase-2")))
                    .isInstanceOf(LockBusyException.class);

            assertThat(second.holders()).extracting(LockHolder::name).containsExactly("phase:phase-2");
            assertThat(first.acquire(List.of("ingest", "phase:phase-1")).names()).containsExactly("ingest", "phase:phase-1");
        }
    }

    @Test
    void theHeartbeatKeepsALockAliveLongPastTheTimeout() throws Exception {
        try (PipelineLock first = new PipelineLock(jdbc(), SHORT); PipelineLock second = new PipelineLock(jdbc(), SHORT)) {
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
        try (PipelineLock survivor = new PipelineLock(jdbc(), SHORT)) {
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
    void closingAProcessGivesBackEveryLockItHolds() {
        PipelineLock first = new PipelineLock(jdbc(), SHORT);
        first.acquire(List.of("ingest", "phase:caribbean"));
        assertThat(first.holders()).hasSize(2);

        first.close();

        assertThat(jdbc().queryForObject("SELECT COUNT(*) FROM pipeline_lock", Integer.class)).isZero();
    }
}
