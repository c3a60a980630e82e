package org.oas.cim.pipeline.worker;

import org.oas.cim.pipeline.schedule.PipelineLock;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The pieces several workers share a run's files with: the ingest step's partitions, their store, the worker thread. */
@Configuration(proxyBeanMethods = false)
public class WorkerConfiguration {

    @Bean
    PartitionStore partitionStore(JdbcClient jdbc) {
        return new PartitionStore(jdbc);
    }

    @Bean
    public SharedPartitions sharedPartitions(Step ingestFileStep, JobRepository jobRepository, PipelineLock lock, PartitionStore store) {
        return new SharedPartitions(ingestFileStep, jobRepository, lock, store);
    }

    @Bean
    public PartitionHelper partitionHelper(SharedPartitions sharedPartitions, WorkerSettings settings) {
        return new PartitionHelper(sharedPartitions, settings);
    }
}
