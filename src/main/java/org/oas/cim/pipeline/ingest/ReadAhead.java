package org.oas.cim.pipeline.ingest;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Produces a file's assembled records on a thread of its own, at most {@code capacity} ahead of the step that stores
 * them, so that reading and normalizing the next records (a processor's work) goes on while the database stores the
 * last ones (another's). One thread does all of a file's reading and assembly, in row order, so what is stored does not
 * depend on thread timing; the file's state (its language votes, issues, outcome) is only touched there, and is seen
 * by the storing thread once it has taken the end from the queue.
 */
final class ReadAhead implements AutoCloseable {
    /** Where the records come from: the next one, or null at the end. */
    @FunctionalInterface
    interface Source {
        RecordRows next() throws IOException;
    }

    /** What the producing thread hands over: a record, the end, or what stopped it. */
    private record Handed(RecordRows record, Throwable failure) {
        static final Handed END = new Handed(null, null);
    }

    private static final long LIVENESS_CHECK_MILLIS = 1000;

    private final BlockingQueue<Handed> queue;
    private final Thread producer;
    private boolean ended;

    ReadAhead(String threadName, int capacity, Source source) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.producer = new Thread(() -> produce(source), threadName);
        producer.setDaemon(true);
        producer.start();
    }

    private void produce(Source source) {
        try {
            RecordRows record;
            do {
                record = source.next();
                queue.put(record == null ? Handed.END : new Handed(record, null));
            } while (record != null);
        } catch (InterruptedException e) {
            // Closed before the end: nobody takes what is left.
        } catch (Throwable failure) {
            // Thrown again where the records are taken, so that the step fails as it would reading them itself (an
            // out-of-memory included: the job then stays restartable).
            try {
                queue.put(new Handed(null, failure));
            } catch (InterruptedException closed) {
                // Closed meanwhile: nobody takes it.
            }
        }
    }

    /** The next record, or null once the source has ended; what the source threw is thrown here. */
    RecordRows next() throws IOException {
        if (ended) {
            return null;
        }
        Handed handed = take();
        if (handed == Handed.END) {
            ended = true;
            return null;
        }
        if (handed.failure() != null) {
            ended = true;
            throw rethrown(handed.failure());
        }
        return handed.record();
    }

    /** Whether {@link #next()} has returned the end: the source's state is final and visible from here. */
    boolean ended() {
        return ended;
    }

    private Handed take() throws IOException {
        try {
            Handed handed;
            while ((handed = queue.poll(LIVENESS_CHECK_MILLIS, TimeUnit.MILLISECONDS)) == null) {
                // A thread that died without handing anything over (an error while handing over its failure).
                if (!producer.isAlive() && queue.isEmpty()) {
                    throw new IllegalStateException("the reading thread " + producer.getName() + " stopped without a word");
                }
            }
            return handed;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the next record");
        }
    }

    private static IOException rethrown(Throwable failure) {
        if (failure instanceof IOException io) {
            return io;
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        throw new IllegalStateException(failure);
    }

    /** Stops the producing thread and waits for it, so that the source can be closed safely afterwards. */
    @Override
    public void close() {
        producer.interrupt();
        boolean interrupted = false;
        while (producer.isAlive()) {
            try {
                producer.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
