package org.oas.cim.pipeline.schedule;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The process that holds a lock, as recorded with it: enough to tell, on the same machine, that it no longer exists.
 *
 * @param pid     its process id
 * @param started when it started, in epoch milliseconds (a reused process id has another start)
 * @param host    the host name
 * @param bootId  the kernel's boot id ({@code /proc/sys/kernel/random/boot_id}); null where there is none
 */
public record LockProcess(Long pid, Long started, String host, String bootId) {
    private static final Path BOOT_ID = Path.of("/proc/sys/kernel/random/boot_id");

    /** This process. */
    public static LockProcess current() {
        ProcessHandle self = ProcessHandle.current();
        return new LockProcess(self.pid(), self.info().startInstant().map(Instant::toEpochMilli).orElse(null), hostName(), readBootId());
    }

    /**
     * Whether this is a process of the machine {@code here} runs on, in the same boot, that no longer exists. Where
     * that cannot be told (another machine, another boot, nothing recorded), false: only the timeout frees the lock.
     */
    public boolean goneAsSeenFrom(LockProcess here) {
        if (pid == null || bootId == null || !bootId.equals(here.bootId) || !Objects.equals(host, here.host)) {
            return false;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return true;
        }
        Optional<Instant> start = process.get().info().startInstant();
        return started != null && start.isPresent() && start.get().toEpochMilli() != started;
    }

    private static String readBootId() {
        try {
            return Files.isReadable(BOOT_ID) ? Files.readString(BOOT_ID).strip() : null;
        } catch (IOException e) {
            return null;
        }
    }

    static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown host";
        }
    }
}
