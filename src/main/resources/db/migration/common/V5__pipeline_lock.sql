-- Who runs what right now: one row per lock a live process holds. A process takes a lock by inserting its row,
-- keeps it by renewing heartbeat_at, and gives it back by deleting the row; a row whose heartbeat is older
-- than the lock timeout belongs to a process that died, and may be taken over.
-- Lock names: 'ingest' (claiming and ingesting the inbox, for every phase) and 'phase:<id>' (verifying and
-- publishing one phase). Portable SQL: the same script runs on H2 2.x and PostgreSQL.
CREATE TABLE pipeline_lock (
    lock_name    VARCHAR(100) PRIMARY KEY,
    -- 'pid <pid> on <host> (<random>)': unique per process start, readable by an operator
    owner_id     VARCHAR(200)             NOT NULL,
    acquired_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    heartbeat_at TIMESTAMP WITH TIME ZONE NOT NULL
);
