package org.oas.cim.pipeline.worker;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How this process works beside others ({@code pipeline.worker.*}; {@code serve --worker} and {@code run --worker}
 * set {@code enabled}).
 *
 * @param enabled whether the files of the runs this process leads are offered to the other workers, and whether it
 *                takes the files of runs others lead
 * @param poll    how often a waiting worker looks for files to take, and a leader for files left to it
 */
@ConfigurationProperties("pipeline.worker")
public record WorkerSettings(@DefaultValue("false") boolean enabled, @DefaultValue("500ms") Duration poll) {
}
