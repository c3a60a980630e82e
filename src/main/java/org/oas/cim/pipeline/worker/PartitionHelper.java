package org.oas.cim.pipeline.worker;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A worker's side: while a leader (another process, or this one) shares the files of a run, takes them one at a time
 * and runs them here, on a thread of its own beside the serve loop. Stopping lets the file under way finish; a
 * worker killed mid-file leaves it to the leader, which runs it on from its last stored record.
 */
public class PartitionHelper implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(PartitionHelper.class);

    private final SharedPartitions partitions;
    private final Duration poll;
    private final CountDownLatch stop = new CountDownLatch(1);
    private Thread thread;

    public PartitionHelper(SharedPartitions partitions, WorkerSettings settings) {
        this.partitions = partitions;
        this.poll = settings.poll();
    }

    public synchronized void start() {
        if (thread == null) {
            thread = new Thread(this::work, "worker");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /**
     * Takes no more files and waits, at most {@code timeout}, for the one under way.
     *
     * @return whether no file is under way here any more
     */
    public boolean stop(Duration timeout) throws InterruptedException {
        stop.countDown();
        Thread running;
        synchronized (this) {
            running = thread;
        }
        if (running != null) {
            running.join(Math.max(1, timeout.toMillis()));
            return !running.isAlive();
        }
        return true;
    }

    @Override
    public void close() {
        stop.countDown();
    }

    private void work() {
        log.info("Worker started: taking the files of runs shared on this database");
        while (stop.getCount() > 0) {
            boolean ran = false;
            try {
                for (long execution : partitions.shared()) {
                    if (stop.getCount() > 0 && partitions.runOne(execution)) {
                        ran = true;
                        break;
                    }
                }
            } catch (RuntimeException e) {
                // A database hiccup, or a run that ended as it was read: the next look tries again.
                log.warn("Could not take a file of a shared run: {}", e.getMessage());
            }
            if (!ran) {
                try {
                    stop.await(poll.toMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        log.info("Worker stopped: takes no more files");
    }
}
