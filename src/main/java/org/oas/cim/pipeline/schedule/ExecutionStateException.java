package org.oas.cim.pipeline.schedule;

/** The execution exists, but its state does not allow what was asked (restart a completed one, stop a failed one). */
public class ExecutionStateException extends Exception {
    public ExecutionStateException(String message) {
        super(message);
    }
}
