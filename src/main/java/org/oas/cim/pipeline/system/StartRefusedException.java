package org.oas.cim.pipeline.system;

/**
 * A command that must not start as things are: a private folder others can read (with
 * {@code pipeline.privacy.loose-files=refuse}), or an encrypted database without its key. The message says what to do.
 */
public final class StartRefusedException extends IllegalStateException {
    public StartRefusedException(String message) {
        super(message);
    }
}
