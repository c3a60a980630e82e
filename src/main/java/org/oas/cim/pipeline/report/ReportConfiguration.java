package org.oas.cim.pipeline.report;

import org.oas.cim.pipeline.issue.IssueMessages;
import org.oas.cim.pipeline.system.PipelineProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The reports researchers read about their files. */
@Configuration(proxyBeanMethods = false)
public class ReportConfiguration {
    @Bean
    FileReports fileReports(JdbcClient jdbc, PipelineProperties properties) {
        ResourceBundleMessageSource labels = new ResourceBundleMessageSource();
        labels.setBasename("messages/report");
        labels.setDefaultEncoding("UTF-8");
        labels.setFallbackToSystemLocale(false);
        return new FileReports(jdbc, new IssueMessages(), labels, properties.language());
    }
}
