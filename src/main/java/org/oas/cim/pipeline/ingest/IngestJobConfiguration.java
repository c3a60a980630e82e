package org.oas.cim.pipeline.ingest;

import org.oas.cim.pipeline.codebook.Codebook;
import org.oas.cim.pipeline.codebook.JobsFolder;
import org.oas.cim.pipeline.issue.IssueMessages;
import org.oas.cim.pipeline.layout.FileInspector;
import org.oas.cim.pipeline.normalize.Organizations;
import org.oas.cim.pipeline.normalize.ValueNormalizer;
import org.oas.cim.pipeline.normalize.Vocabulary;
import org.oas.cim.pipeline.read.ReadLimits;
import org.oas.cim.pipeline.report.FileReports;
import org.oas.cim.pipeline.study.Phase;
import org.oas.cim.pipeline.study.Study;
import org.oas.cim.pipeline.system.PipelineProperties;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.database.support.DefaultDataFieldMaxValueIncrementerFactory;
import org.springframework.batch.infrastructure.support.DatabaseType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.stream.Collectors;

/**
 * The {@code ingest} job, step by step: claim the settled files of the inbox, ingest them record by record,
 * then place each file in archive/ or rejected/ with its report. A crash in the place step leaves files moved
 * but not recorded as placed: the job first places those, so that a revision claimed into processing/ at the
 * same path is never taken for the earlier file.
 */
@Configuration(proxyBeanMethods = false)
public class IngestJobConfiguration {
    public static final String JOB_NAME = "ingest";

    @Bean
    InputFileRepository inputFileRepository(JdbcClient jdbc) {
        return new InputFileRepository(jdbc);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    // Step 0: place what an interrupted run decided but did not place, before a revision can take its path in processing/

    @Bean
    Step placeLeftoversStep(JobRepository jobRepository, PlatformTransactionManager tx, PipelineProperties properties,
                            InputFileRepository files, FileReports reports) {
        return new StepBuilder("place-leftovers", jobRepository)
                .tasklet(new PlaceTasklet(properties.homeFolder(), files, reports), tx).allowStartIfComplete(true).build();
    }

    // Step 1: claim

    @Bean
    Step claimStep(JobRepository jobRepository, PlatformTransactionManager tx, PipelineProperties properties,
                   Study study, InputFileRepository files, Clock clock) {
        ClaimTasklet claim = new ClaimTasklet(properties, study.phases().stream().map(Phase::id).collect(Collectors.toSet()), files, clock);
        return new StepBuilder("claim", jobRepository).tasklet(claim, tx).allowStartIfComplete(true).build();
    }

    // Step 2: ingest, a chunk of records per transaction

    @Bean
    Step ingestStep(JobRepository jobRepository, PlatformTransactionManager tx, PipelineProperties properties,
                    Codebook codebook, Study study, InputFileRepository files, JdbcClient jdbcClient,
                    JdbcTemplate jdbcTemplate, DataSource dataSource, Clock clock, JobsFolder jobs) throws Exception {
        Vocabulary vocabulary = Vocabulary.load(jobs);
        ValueNormalizer normalizer = new ValueNormalizer(codebook, vocabulary);
        RecordAssembler assembler = new RecordAssembler(codebook, normalizer, Organizations.load(jobs, codebook),
                new PhaseResolver(study), Pseudonymizer.fromConfiguredOrStoredKey(properties.pseudonymKey(), properties.homeFolder().data()));
        ReadLimits limits = ReadLimits.defaults().withMaxFileBytes(properties.maxFileMegabytes() * 1024 * 1024);
        FileRecordReader reader = new FileRecordReader(properties.homeFolder(), files, new FileInspector(codebook),
                normalizer.countries(), limits, new LanguageGuess(codebook));
        String incrementerType = DatabaseType.fromMetaData(dataSource).name();
        IngestStore store = new IngestStore(jdbcTemplate,
                new DefaultDataFieldMaxValueIncrementerFactory(dataSource).getIncrementer(incrementerType, "respondent_seq"),
                new IssueMessages());
        return new StepBuilder("ingest", jobRepository).<IngestItem, IngestOutput>chunk(properties.chunkSize())
                .transactionManager(tx)
                .reader(reader)
                .processor(new RecordProcessor(assembler))
                .writer(new IngestWriter(store, files, jdbcClient, clock))
                .allowStartIfComplete(true)
                .build();
    }

    // Step 3: place each decided file, with its report

    @Bean
    Step placeStep(JobRepository jobRepository, PlatformTransactionManager tx, PipelineProperties properties,
                   InputFileRepository files, FileReports reports) {
        return new StepBuilder("place", jobRepository)
                .tasklet(new PlaceTasklet(properties.homeFolder(), files, reports), tx).allowStartIfComplete(true).build();
    }

    @Bean
    Job ingestJob(JobRepository jobRepository, Step placeLeftoversStep, Step claimStep, Step ingestStep, Step placeStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(placeLeftoversStep).next(claimStep).next(ingestStep).next(placeStep).build();
    }
}
