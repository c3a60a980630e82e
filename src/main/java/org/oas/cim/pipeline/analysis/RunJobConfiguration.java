package org.oas.cim.pipeline.analysis;

import org.oas.cim.pipeline.codebook.Codebook;
import org.oas.cim.pipeline.microdata.MicrodataWriter;
import org.oas.cim.pipeline.publish.PublishSettings;
import org.oas.cim.pipeline.study.Study;
import org.oas.cim.pipeline.system.PipelineProperties;
import org.oas.cim.pipeline.verify.CrossVerifier;
import org.oas.cim.pipeline.verify.VerificationSettings;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;

/**
 * The main job, {@code run}: the ingest steps (place leftovers, claim, ingest, place), then cross-verification and
 * publication of every phase.
 */
@Configuration(proxyBeanMethods = false)
public class RunJobConfiguration {
    public static final String JOB_NAME = "run";

    @Bean
    PublishSettings publishSettings(PipelineProperties properties) {
        return new PublishSettings(properties.language(), properties.disclosureK(), true);
    }

    // Step 4: cross-verify and publish

    @Bean
    Step analysisStep(JobRepository jobRepository, PlatformTransactionManager tx, PipelineProperties properties,
                      Codebook codebook, Study study, JdbcClient jdbcClient, JdbcTemplate jdbcTemplate,
                      PublishSettings publishSettings, Clock clock) {
        CrossVerifier verifier = new CrossVerifier(codebook, new VerificationSettings(properties.estimateFactor(),
                properties.ordinalStep(), properties.outlierK()));
        AnalysisTasklet analysis = new AnalysisTasklet(study, properties.homeFolder(), new CurrentAnswerRepository(jdbcClient),
                new PhaseInputs(jdbcClient), verifier, codebook, publishSettings, new FindingsStore(jdbcTemplate, clock),
                new EvidenceWriter(jdbcTemplate), new MicrodataWriter(jdbcClient, codebook));
        return new StepBuilder("verify-and-publish", jobRepository).tasklet(analysis, tx).allowStartIfComplete(true).build();
    }

    @Bean
    Job runJob(JobRepository jobRepository, Step placeLeftoversStep, Step claimStep, Step ingestStep, Step placeStep,
               Step analysisStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(placeLeftoversStep).next(claimStep).next(ingestStep).next(placeStep).next(analysisStep).build();
    }
}
