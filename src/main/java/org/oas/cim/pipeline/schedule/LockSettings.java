package org.oas.cim.pipeline.schedule;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How long a lock outlives its process ({@code pipeline.lock.timeout}): a holder renews its locks three times
 * per timeout, so a lock whose heartbeat is older than the timeout belongs to a process that is gone.
 */
@ConfigurationProperties("pipeline.lock")
public record LockSettings(@DefaultValue("30s") Duration timeout) {
    public LockSettings {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("pipeline.lock.timeout must be positive, not " + timeout);
        }
    }

    public Duration heartbeat() {
        return timeout.dividedBy(3);
    }
}
