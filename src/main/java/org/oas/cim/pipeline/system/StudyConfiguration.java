package org.oas.cim.pipeline.system;

import org.oas.cim.pipeline.codebook.Codebook;
import org.oas.cim.pipeline.codebook.CodebookLoader;
import org.oas.cim.pipeline.study.Study;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What {@code jobs/} defines, loaded once per command: the codebooks and the phases. */
@Configuration(proxyBeanMethods = false)
class StudyConfiguration {
    @Bean
    Codebook codebook(PipelineProperties properties) {
        return CodebookLoader.load(properties.jobs());
    }

    @Bean
    Study study(PipelineProperties properties) {
        return Study.load(properties.jobs().resolve("phases.yml"));
    }
}
