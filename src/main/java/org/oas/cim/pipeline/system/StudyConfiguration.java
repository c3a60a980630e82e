package org.oas.cim.pipeline.system;

import org.oas.cim.pipeline.codebook.Codebook;
import org.oas.cim.pipeline.codebook.CodebookLoader;
import org.oas.cim.pipeline.codebook.JobsFolder;
import org.oas.cim.pipeline.study.Study;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What {@code jobs/} defines, loaded once per command: the codebooks and the phases. */
@Configuration(proxyBeanMethods = false)
class StudyConfiguration {
    @Bean
    JobsFolder jobsFolder(PipelineProperties properties) {
        return JobsFolder.choose(properties.jobs(), properties.home());
    }

    @Bean
    Codebook codebook(JobsFolder jobs) {
        return CodebookLoader.load(jobs);
    }

    @Bean
    Study study(JobsFolder jobs, Codebook codebook) {
        return Study.load(jobs, code -> codebook.country(code).isPresent());
    }
}
