package org.oas.cim.pipeline.schedule;

/** Another live process holds a lock a job needs: the job is not started, nothing was changed. */
public class LockBusyException extends RuntimeException {
    private final transient LockHolder holder;

    public LockBusyException(LockHolder holder) {
        super("Busy: " + LockHolder.describe(holder.name()) + " is being run by another process (" + holder.owner()
                + ", since " + holder.since() + "). Try again once it has finished; `status` shows what runs.");
        this.holder = holder;
    }

    public LockHolder holder() {
        return holder;
    }
}
