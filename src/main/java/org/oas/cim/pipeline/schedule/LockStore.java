package org.oas.cim.pipeline.schedule;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The {@code pipeline_lock} table: a row per lock held, with its holder's process and heartbeat. */
@Component
public class LockStore {
    private static final String COLUMNS =
            "lock_name, owner_id, acquired_at, heartbeat_at, holder_pid, holder_started, holder_host, holder_boot_id";
    private static final RowMapper<Row> ROW = (rs, n) -> new Row(rs.getString(1), rs.getString(2),
            rs.getObject(3, OffsetDateTime.class), rs.getObject(4, OffsetDateTime.class),
            new LockProcess(rs.getObject(5, Long.class), rs.getObject(6, Long.class), rs.getString(7), rs.getString(8)));

    private final JdbcTemplate jdbc;

    public LockStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A lock row as stored. */
    record Row(String name, String owner, OffsetDateTime acquiredAt, OffsetDateTime heartbeatAt, LockProcess holder) {
    }

    /** The database's clock: the processes' clocks need not agree. */
    OffsetDateTime now() {
        return jdbc.queryForObject("SELECT CURRENT_TIMESTAMP", OffsetDateTime.class);
    }

    /** @throws DuplicateKeyException where someone holds the lock already */
    void insert(String name, String owner, OffsetDateTime now, LockProcess process) {
        jdbc.update("INSERT INTO pipeline_lock (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                name, owner, now, now, process.pid(), process.started(), process.host(), process.bootId());
    }

    /** Takes a lock over from {@code previousOwner}, unless it renewed since {@code heartbeatBefore}; whether it did. */
    boolean takeOver(String name, String owner, OffsetDateTime now, LockProcess process, String previousOwner,
                     OffsetDateTime heartbeatBefore) {
        return jdbc.update("""
                        UPDATE pipeline_lock SET owner_id = ?, acquired_at = ?, heartbeat_at = ?, holder_pid = ?, holder_started = ?,
                                                 holder_host = ?, holder_boot_id = ?
                        WHERE lock_name = ? AND owner_id = ? AND heartbeat_at < ?""",
                owner, now, now, process.pid(), process.started(), process.host(), process.bootId(),
                name, previousOwner, heartbeatBefore) == 1;
    }

    /** Renews a lock this owner holds; false where another took it over. */
    boolean renew(String name, String owner, OffsetDateTime now) {
        return jdbc.update("UPDATE pipeline_lock SET heartbeat_at = ? WHERE lock_name = ? AND owner_id = ?", now, name, owner) == 1;
    }

    void delete(String name, String owner) {
        jdbc.update("DELETE FROM pipeline_lock WHERE lock_name = ? AND owner_id = ?", name, owner);
    }

    Optional<Row> find(String name) {
        return jdbc.query("SELECT " + COLUMNS + " FROM pipeline_lock WHERE lock_name = ?", ROW, name).stream().findFirst();
    }

    /** Every lock row, in name order. */
    List<Row> all() {
        return jdbc.query("SELECT " + COLUMNS + " FROM pipeline_lock ORDER BY lock_name", ROW);
    }
}
