package org.oas.cim.pipeline.cli;

import org.oas.cim.pipeline.analysis.RunJobConfiguration;
import org.oas.cim.pipeline.codebook.JobsFolder;
import org.oas.cim.pipeline.ingest.InputFileStore;
import org.oas.cim.pipeline.privacy.PurgeStore;
import org.oas.cim.pipeline.system.PipelineProperties;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.context.ApplicationContext;

/**
 * What identifies a job instance, as {@code run}, {@code ingest} and {@code serve} all launch it: the phase and the
 * language (the main job only) and what the run starts from ({@link RunSnapshot}), so that the same starting point
 * never runs twice.
 *
 * @param phase    the phase to publish, or {@link RunJobConfiguration#ALL_PHASES}; null for the ingest job
 * @param language the tables' language; null for the ingest job
 */
public record RunParameters(String phase, String language, String snapshot) {
    static final String SNAPSHOT = "snapshot";

    /** The main job's parameters, the snapshot taken now. */
    public static RunParameters run(ApplicationContext context, String phase, String language) {
        return new RunParameters(phase, language, snapshot(context));
    }

    /** The ingest job's parameters: only the snapshot. */
    static RunParameters ingest(ApplicationContext context) {
        return new RunParameters(null, null, snapshot(context));
    }

    private static String snapshot(ApplicationContext context) {
        PipelineProperties properties = context.getBean(PipelineProperties.class);
        return RunSnapshot.of(properties.homeFolder(), context.getBean(JobsFolder.class), context.getBean(InputFileStore.class),
                context.getBean(PurgeStore.class));
    }

    public JobParameters toJobParameters() {
        JobParametersBuilder builder = new JobParametersBuilder();
        if (phase != null) {
            builder.addString(RunJobConfiguration.PHASE, phase);
        }
        if (language != null) {
            builder.addString(RunJobConfiguration.LANGUAGE, language);
        }
        return builder.addString(SNAPSHOT, snapshot).toJobParameters();
    }
}
