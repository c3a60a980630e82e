package org.oas.cim.pipeline.report;

import org.oas.cim.pipeline.ingest.InputFileStore;
import org.oas.cim.pipeline.ingest.IssueStore;
import org.oas.cim.pipeline.system.PipelineProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The reports researchers read about their files. */
@Configuration(proxyBeanMethods = false)
class ReportConfiguration {
    @Bean
    FileReports fileReports(InputFileStore files, IssueStore issues, PipelineProperties properties) {
        return new FileReports(files, issues, ReportWriter.standard(), properties.language());
    }

    @Bean
    InboxNoticeFile inboxNoticeFile(PipelineProperties properties) {
        return new InboxNoticeFile(properties.homeFolder().inbox(), new ReportLabels(), ReportWriter.language(properties.language()));
    }
}
