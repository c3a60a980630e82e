package org.oas.cim.pipeline.system;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;

/** Counts the database's durable steps as crash points, where a crash drill asks for them ({@link CrashPoints}). */
@Configuration(proxyBeanMethods = false)
class CrashPointConfiguration {
    @Bean
    static BeanPostProcessor crashPointDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return CrashPoints.enabled() && bean instanceof DataSource dataSource && !(bean instanceof CrashPointDataSource)
                        ? new CrashPointDataSource(dataSource) : bean;
            }
        };
    }
}
