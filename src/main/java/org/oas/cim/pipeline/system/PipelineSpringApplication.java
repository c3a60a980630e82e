package org.oas.cim.pipeline.system;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Spring application of the commands that need it: every package's configuration, the database and the jobs. */
@SpringBootApplication(scanBasePackages = PipelineSpringApplication.ROOT_PACKAGE)
@ConfigurationPropertiesScan(PipelineSpringApplication.ROOT_PACKAGE)
public class PipelineSpringApplication {
    static final String ROOT_PACKAGE = "org.oas.cim.pipeline";
}
