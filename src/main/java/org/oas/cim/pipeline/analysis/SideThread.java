package org.oas.cim.pipeline.analysis;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Work done on a thread of its own beside the caller's, whose result (or failure) the caller takes once its own part is
 * done: the analysis keeps the second core busy this way while each part still comes out in its own order.
 */
final class SideThread<T> {
    private final FutureTask<T> work;
    private final Thread thread;

    private SideThread(String name, Callable<T> callable) {
        work = new FutureTask<>(callable);
        thread = new Thread(work, name);
    }

    static <T> SideThread<T> start(String name, Callable<T> callable) {
        SideThread<T> side = new SideThread<>(name, callable);
        side.thread.start();
        return side;
    }

    /** Waits until the thread has ended, whatever the caller's own part did: nothing is left running behind a failure. */
    void awaitEnd() throws InterruptedException {
        thread.join();
    }

    /** The result, once the thread has ended; what it threw is thrown here as it was. */
    T result() throws Exception {
        awaitEnd();
        try {
            return work.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw (Error) e.getCause();
        }
    }
}
