package org.oas.cim.pipeline.report;

import org.oas.cim.pipeline.system.PipelineProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The reports researchers read about their files. */
@Configuration(proxyBeanMethods = false)
public class ReportConfiguration {
    @Bean
    FileReports fileReports(JdbcClient jdbc, PipelineProperties properties) {
        return new FileReports(jdbc, ReportWriter.standard(), properties.language());
    }
}
