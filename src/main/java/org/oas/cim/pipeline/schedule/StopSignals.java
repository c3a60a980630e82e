package org.oas.cim.pipeline.schedule;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;
import sun.misc.SignalHandler;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Takes Ctrl-C (SIGINT) and SIGTERM over from the JVM while a long-running command works. The JVM's own answer
 * runs every shutdown hook at once, H2's among them, which closes the database under the running job; here
 * the command first stops its job, then closes the database itself. There is no supported API for this:
 * {@code sun.misc.Signal} (module jdk.unsupported) is what the JDK offers.
 */
public final class StopSignals implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(StopSignals.class);
    private static final Map<String, Integer> SIGNALS = Map.of("INT", 2, "TERM", 15);

    private final Map<Signal, SignalHandler> previous = new LinkedHashMap<>();

    private StopSignals() {
    }

    /**
     * @param onStop called, on the signal's own thread, with the exit code the signal asks for (128 + its number);
     *               it may block while the work stops
     */
    public static StopSignals install(IntConsumer onStop) {
        StopSignals signals = new StopSignals();
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                Signal signal = new Signal(name);
                signals.previous.put(signal, Signal.handle(signal, s -> onStop.accept(128 + SIGNALS.get(name))));
            } catch (IllegalArgumentException unsupported) {
                // This system has no such signal (or the JVM reserves it): it keeps the JVM's default.
                log.debug("Signal {} cannot be handled here: {}", name, unsupported.getMessage());
            }
        }
        return signals;
    }

    /** Gives the signals back to the JVM. */
    @Override
    public void close() {
        previous.forEach(Signal::handle);
        previous.clear();
    }
}
