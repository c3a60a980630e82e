package org.oas.cim.pipeline.system;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.Console;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleSupplier;

/**
 * Progress of long work, for an operator watching: every few seconds a line in {@code logs/pipeline.log} (files and
 * rows done, the rate, the time left), and the same line kept up to date on a terminal; nothing on the console when
 * it is not a terminal. The time left is estimated from the bytes still to read: of the files not yet done, less what
 * their readers have got through.
 */
@Component
public class ProgressMeter {
    private static final Logger log = LoggerFactory.getLogger(ProgressMeter.class);
    private static final Duration INTERVAL = Duration.ofSeconds(5);

    private final AtomicLong filesTotal = new AtomicLong();
    private final AtomicLong bytesTotal = new AtomicLong();
    private final AtomicLong filesDone = new AtomicLong();
    private final AtomicLong bytesDone = new AtomicLong();
    private final AtomicLong rowsDone = new AtomicLong();
    /** The files being read, by id: their size and how much of them their reader has got through. */
    private final Map<Long, FileInProgress> reading = new ConcurrentHashMap<>();
    private final Console console = System.console();
    private ScheduledExecutorService ticker;
    private long startedNanos;

    /** Ingest starts on {@code files} files of {@code bytes} bytes in all. */
    public synchronized void filesStarted(int files, long bytes) {
        filesTotal.set(files);
        bytesTotal.set(bytes);
        filesDone.set(0);
        bytesDone.set(0);
        rowsDone.set(0);
        reading.clear();
        startedNanos = System.nanoTime();
        if (ticker == null && files > 0) {
            ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "progress");
                thread.setDaemon(true);
                return thread;
            });
            ticker.scheduleAtFixedRate(this::report, INTERVAL.toMillis(), INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    public void rowsDone(int rows) {
        rowsDone.addAndGet(rows);
    }

    /**
     * A file of {@code bytes} bytes is being read; {@code shareRead} tells how much of it, from 0 to 1, and is asked
     * from the progress line's thread.
     */
    public void fileStarted(long fileId, long bytes, DoubleSupplier shareRead) {
        reading.put(fileId, new FileInProgress(bytes, shareRead));
    }

    /** A file of {@code bytes} bytes has been read to its end; the last one ends the reporting. */
    public void fileDone(long fileId, long bytes) {
        reading.remove(fileId);
        bytesDone.addAndGet(bytes);
        if (filesDone.incrementAndGet() >= filesTotal.get()) {
            report();
            stop();
        }
    }

    /** The progress line: "ingest: 3/17 files, 12,300 rows, 2,450 rows/s, about 40 s left". */
    String line() {
        return line(Math.max((System.nanoTime() - startedNanos) / 1e9, 1e-3));
    }

    /** The progress line once {@code seconds} have gone by since ingest started. */
    String line(double seconds) {
        long rows = rowsDone.get();
        String line = String.format(Locale.ROOT, "ingest: %d/%d files, %,d rows, %,.0f rows/s", filesDone.get(), filesTotal.get(),
                rows, rows / seconds);
        double done = bytesDone.get() + reading.values().stream().mapToDouble(FileInProgress::bytesRead).sum();
        if (done > 0 && filesDone.get() < filesTotal.get()) {
            long left = Math.round(seconds * Math.max(0, bytesTotal.get() - done) / done);
            line += String.format(Locale.ROOT, ", about %d s left", left);
        }
        return line;
    }

    private record FileInProgress(long bytes, DoubleSupplier shareRead) {
        double bytesRead() {
            return bytes * Math.max(0, Math.min(1, shareRead.getAsDouble()));
        }
    }

    private void report() {
        String line = line();
        log.info(line);
        if (console != null) {
            console.printf("\r%s   ", line).flush();
            if (filesDone.get() >= filesTotal.get()) {
                console.printf("%n").flush();
            }
        }
    }

    @PreDestroy
    public synchronized void stop() {
        if (ticker != null) {
            ticker.shutdownNow();
            ticker = null;
        }
    }
}
