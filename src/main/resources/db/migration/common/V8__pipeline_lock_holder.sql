-- Who holds each lock, so that a lock left by a process of this machine that no longer exists is taken over at
-- once instead of after the timeout: the process id and start time (together unique on one machine, even where
-- process ids are reused), the host name, and the boot id (/proc/sys/kernel/random/boot_id: a process id means
-- nothing after a reboot). NULL where unknown (a row written before this version, or no /proc): the timeout applies.
ALTER TABLE pipeline_lock ADD COLUMN holder_pid BIGINT;
ALTER TABLE pipeline_lock ADD COLUMN holder_started BIGINT;
ALTER TABLE pipeline_lock ADD COLUMN holder_host VARCHAR(255);
ALTER TABLE pipeline_lock ADD COLUMN holder_boot_id VARCHAR(64);
