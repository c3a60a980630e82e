package org.oas.cim.pipeline;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PipelineApplication {
    public static void main(String[] args) {
        org.springframework.boot.SpringApplication.run(PipelineApplication.class, args);
    }
}
