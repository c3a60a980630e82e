package org.oas.cim.pipeline.analysis;

import org.oas.cim.pipeline.cases.CaseSettings;
import org.oas.cim.pipeline.cases.CaseStore;
import org.oas.cim.pipeline.cases.CaseTriangulation;
import org.oas.cim.pipeline.codebook.Codebook;
import org.oas.cim.pipeline.estimation.EstimateStore;
import org.oas.cim.pipeline.estimation.PhaseEstimates;
import org.oas.cim.pipeline.linking.VictimLinkStore;
import org.oas.cim.pipeline.microdata.MicrodataWriter;
import org.oas.cim.pipeline.normalize.Countries;
import org.oas.cim.pipeline.publish.PublishSettings;
import org.oas.cim.pipeline.study.Study;
import org.oas.cim.pipeline.system.PipelineProperties;
import org.oas.cim.pipeline.verify.CrossVerifier;
import org.oas.cim.pipeline.verify.VerificationSettings;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;

/**
 * The main job, {@code run}: the ingest flow (place leftovers, claim, ingest, decide, place), then one analysis step
 * per phase it publishes: cross-verification, findings and evidence, publication.
 */
@Configuration(proxyBeanMethods = false)
public class RunJobConfiguration {
    public static final String JOB_NAME = "run";
    /** Job parameter: the phase to publish, or {@link #ALL_PHASES}. */
    public static final String PHASE = "phase";
    public static final String ALL_PHASES = "all";
    /** Job parameter: the language of the tables' labels. */
    public static final String LANGUAGE = "lang";

    @Bean
    PublishSettings publishSettings(PipelineProperties properties) {
        return new PublishSettings(properties.language(), properties.disclosureK(), true);
    }

    @Bean
    PhaseInputStore phaseInputStore(JdbcClient jdbc, PlatformTransactionManager tx) {
        return new PhaseInputStore(jdbc, tx);
    }

    @Bean
    FindingsStore findingsStore(JdbcTemplate jdbc, Clock clock) {
        return new FindingsStore(jdbc, clock);
    }

    @Bean
    EstimateStore estimateStore(JdbcTemplate jdbc) {
        return new EstimateStore(jdbc);
    }

    @Bean
    CaseTriangulation caseTriangulation(Codebook codebook, CaseStore caseStore, CaseSettings caseSettings) {
        return new CaseTriangulation(codebook, caseStore, caseSettings);
    }

    // After the ingest flow: a partition per phase, each cross-verified and published by its own step execution

    @Bean
    @StepScope
    PhasePartitioner phasePartitioner(Study study, @Value("#{jobParameters['" + PHASE + "']}") String phase) {
        return new PhasePartitioner(study, phase == null ? ALL_PHASES : phase);
    }

    @Bean
    @StepScope
    PhaseAnalysis phaseAnalysis(@Value("#{stepExecutionContext['" + PhasePartitioner.PHASE_ID + "']}") String phaseId,
                                Study study, PipelineProperties properties, Codebook codebook, PhaseInputStore inputs,
                                PublishSettings publishSettings, FindingsStore findings, MicrodataWriter microdata,
                                VictimLinkStore links, EstimateStore estimateStore, CaseTriangulation caseTriangulation) {
        CrossVerifier verifier = new CrossVerifier(codebook, new VerificationSettings(properties.estimateFactor(),
                properties.ordinalStep(), properties.outlierK()));
        PhaseEstimates estimates = new PhaseEstimates(links, estimateStore, new Countries(codebook),
                properties.homeFolder().root());
        return new PhaseAnalysis(study.phase(phaseId).orElseThrow(), properties.homeFolder(), inputs, verifier, codebook,
                publishSettings, findings, microdata, estimates, caseTriangulation);
    }

    @Bean
    Step analysePhaseStep(JobRepository jobRepository, PlatformTransactionManager tx, PhaseAnalysis phaseAnalysis) {
        return new StepBuilder("analyse-phase", jobRepository).tasklet(phaseAnalysis, tx).allowStartIfComplete(true).build();
    }

    @Bean
    Step analysisStep(JobRepository jobRepository, Step analysePhaseStep, PhasePartitioner phasePartitioner) {
        return new StepBuilder("verify-and-publish", jobRepository)
                .partitioner(analysePhaseStep.getName(), phasePartitioner)
                .step(analysePhaseStep)
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    Job runJob(JobRepository jobRepository, Flow ingestFlow, Step analysisStep) {
        return new JobBuilder(JOB_NAME, jobRepository).start(ingestFlow).next(analysisStep).end().build();
    }
}
