package org.oas.cim.pipeline.ingest;

import org.oas.cim.pipeline.cases.CaseStore;
import org.oas.cim.pipeline.codebook.Codebook;
import org.oas.cim.pipeline.codebook.JobsFolder;
import org.oas.cim.pipeline.inbox.NoticeBoard;
import org.oas.cim.pipeline.linking.VictimLinkStore;
import org.oas.cim.pipeline.normalize.Organizations;
import org.oas.cim.pipeline.normalize.Vocabulary;
import org.oas.cim.pipeline.read.ReadLimits;
import org.oas.cim.pipeline.study.Phase;
import org.oas.cim.pipeline.study.Study;
import org.oas.cim.pipeline.system.PipelineProperties;
import org.oas.cim.pipeline.system.ProgressMeter;
import org.oas.cim.pipeline.worker.SharedPartitionHandler;
import org.oas.cim.pipeline.worker.SharedPartitions;
import org.oas.cim.pipeline.worker.WorkerSettings;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.PartitionStepBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.database.support.DefaultDataFieldMaxValueIncrementerFactory;
import org.springframework.batch.infrastructure.support.DatabaseType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.stream.Collectors;

/**
 * The {@code ingest} job, step by step: place what an interrupted run decided, claim the settled files of the inbox,
 * ingest them (a partition per file, several side by side), decide each file's fate in file order, then place each
 * file in archive/ or rejected/ with its report. The main job {@code run} starts with the same {@link #ingestFlow}.
 */
@Configuration(proxyBeanMethods = false)
public class IngestJobConfiguration {
    public static final String JOB_NAME = "ingest";

    // The stores of what ingest writes

    @Bean
    InputFileStore inputFileStore(JdbcClient jdbc) {
        return new InputFileStore(jdbc);
    }

    @Bean
    AnswerStore answerStore(JdbcTemplate jdbc, DataSource dataSource) throws Exception {
        String incrementerType = DatabaseType.fromMetaData(dataSource).name();
        return new AnswerStore(jdbc,
                new DefaultDataFieldMaxValueIncrementerFactory(dataSource).getIncrementer(incrementerType, "respondent_seq"));
    }

    @Bean
    CaseStore caseStore(JdbcTemplate jdbc) {
        return new CaseStore(jdbc);
    }

    @Bean
    IssueStore issueStore(JdbcTemplate jdbc) {
        return new IssueStore(jdbc);
    }

    @Bean
    VictimLinkStore victimLinkStore(JdbcTemplate jdbc) {
        return new VictimLinkStore(jdbc);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    IngestCore ingestCore(PipelineProperties properties, Codebook codebook, Study study, JobsFolder jobs) {
        ReadLimits limits = ReadLimits.defaults().withMaxFileBytes(properties.maxFileMegabytes() * 1024 * 1024);
        return new IngestCore(codebook, study, Vocabulary.load(jobs), Organizations.load(jobs, codebook),
                Pseudonymizer.fromConfiguredOrStoredKey(properties.pseudonymKey(), properties.homeFolder().data()), limits);
    }

    // Step 0: place what an interrupted run decided but did not place, before a revision can take its path in processing/

    @Bean
    Step placeLeftoversStep(JobRepository jobRepository, PlatformTransactionManager tx, PipelineProperties properties,
                            InputFileStore files, FileReporter reports) {
        return new StepBuilder("place-leftovers", jobRepository)
                .tasklet(new PlaceTasklet(properties.homeFolder(), files, reports), tx).allowStartIfComplete(true).build();
    }

    // Step 1: claim

    @Bean
    Step claimStep(JobRepository jobRepository, PlatformTransactionManager tx, PipelineProperties properties,
                   Study study, InputFileStore files, Clock clock, NoticeBoard notices) {
        ClaimTasklet claim = new ClaimTasklet(properties, study.phases().stream().map(Phase::id).collect(Collectors.toSet()), files, clock,
                notices);
        return new StepBuilder("claim", jobRepository).tasklet(claim, tx).allowStartIfComplete(true).build();
    }

    // Step 2: ingest, a partition per file; each partition reads its file a chunk of records per transaction

    @Bean
    @StepScope
    FileRecordReader fileRecordReader(@Value("#{stepExecution.stepName}") String stepName,
                                      PipelineProperties properties, InputFileStore files, IssueStore issues,
                                      AnswerStore answers, CaseStore cases, IngestCore core, PlatformTransactionManager tx,
                                      ProgressMeter progress, DataSource dataSource) throws MetaDataAccessException {
        // A chunk read and assembled ahead: the next chunk is ready when the last one is stored.
        return new FileRecordReader(FilePartitioner.fileId(stepName), properties.homeFolder(), files, issues, answers, cases, core,
                new TransactionTemplate(tx), progress, ingestChunkSize(properties, dataSource));
    }

    @Bean
    @StepScope
    RecordWriter recordWriter(@Value("#{stepExecution.stepName}") String stepName,
                              FileRecordReader fileRecordReader, AnswerStore answers, CaseStore cases, IssueStore issues,
                              InputFileStore files, ProgressMeter progress) {
        return new RecordWriter(FilePartitioner.fileId(stepName), fileRecordReader, answers, cases, issues, files, progress);
    }

    @Bean
    Step ingestFileStep(JobRepository jobRepository, PlatformTransactionManager tx, PipelineProperties properties,
                        FileRecordReader fileRecordReader, RecordWriter recordWriter, DataSource dataSource)
            throws MetaDataAccessException {
        // No processor: the reader assembles each record (on a thread of its own, ahead of the writer).
        return new StepBuilder("ingest-file", jobRepository).<RecordRows, RecordRows>chunk(ingestChunkSize(properties, dataSource))
                .transactionManager(tx)
                .reader(fileRecordReader)
                .writer(recordWriter)
                .listener(fileRecordReader)
                // A partition that ended without recording its file's outcome (a crash just then) runs again to record it.
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    ThreadPoolTaskExecutor ingestExecutor(PipelineProperties properties, DataSource dataSource) throws MetaDataAccessException {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(ingestConcurrency(properties, dataSource));
        executor.setThreadNamePrefix("ingest-");
        return executor;
    }

    @Bean
    Step ingestStep(JobRepository jobRepository, Step ingestFileStep, InputFileStore files, ThreadPoolTaskExecutor ingestExecutor,
                    PipelineProperties properties, ProgressMeter progress, DataSource dataSource, WorkerSettings workers,
                    SharedPartitions sharedPartitions) throws MetaDataAccessException {
        PartitionStepBuilder partitions = new StepBuilder("ingest", jobRepository)
                .partitioner(ingestFileStep.getName(), new FilePartitioner(files, progress))
                .step(ingestFileStep)
                .aggregator(new IsolatedFailures())
                .allowStartIfComplete(true);
        int threads = ingestConcurrency(properties, dataSource);
        if (workers.enabled()) {
            // The other workers on this database take files too; this process decides, places and publishes once all are read.
            return partitions.partitionHandler(new SharedPartitionHandler(sharedPartitions, jobRepository, ingestExecutor, threads,
                    workers.poll())).build();
        }
        return partitions.taskExecutor(ingestExecutor).gridSize(threads).build();
    }

    private static int ingestConcurrency(PipelineProperties properties, DataSource dataSource) throws MetaDataAccessException {
        return properties.ingestConcurrency(singleWriter(dataSource));
    }

    /** Records per transaction, and so per chunk read ahead of the one being stored. */
    private static int ingestChunkSize(PipelineProperties properties, DataSource dataSource) throws MetaDataAccessException {
        return properties.ingestChunkSize(singleWriter(dataSource));
    }

    /** The H2 file has one writer: files side by side only wait for each other there, and its commits cost more. */
    private static boolean singleWriter(DataSource dataSource) throws MetaDataAccessException {
        return DatabaseType.fromMetaData(dataSource) == DatabaseType.H2;
    }

    // Step 3: decide each file's fate, in file order

    @Bean
    Step decideStep(JobRepository jobRepository, PlatformTransactionManager tx, InputFileStore files, AnswerStore answers,
                    CaseStore cases, IssueStore issues, VictimLinkStore links, Clock clock) {
        return new StepBuilder("decide", jobRepository)
                .tasklet(new FileDecider(files, answers, cases, issues, links, clock), tx).allowStartIfComplete(true).build();
    }

    // Step 4: place each decided file, with its report

    @Bean
    Step placeStep(JobRepository jobRepository, PlatformTransactionManager tx, PipelineProperties properties,
                   InputFileStore files, FileReporter reports) {
        return new StepBuilder("place", jobRepository)
                .tasklet(new PlaceTasklet(properties.homeFolder(), files, reports), tx).allowStartIfComplete(true).build();
    }

    /** The steps above, in order: the ingest job, and the start of the main job. */
    @Bean
    public Flow ingestFlow(Step placeLeftoversStep, Step claimStep, Step ingestStep, Step decideStep, Step placeStep) {
        return new FlowBuilder<Flow>("ingest-flow")
                .start(placeLeftoversStep).next(claimStep).next(ingestStep).next(decideStep).next(placeStep).build();
    }

    @Bean
    Job ingestJob(JobRepository jobRepository, Flow ingestFlow) {
        return new JobBuilder(JOB_NAME, jobRepository).start(ingestFlow).end().build();
    }
}
