package org.demarche.platform;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.demarche.platform.web.DatabaseUnavailableFilter;
import org.demarche.platform.web.ProblemDetailsAdvice;
import org.demarche.platform.web.ProblemTypeAdvice;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** The clock and the service's identity, the two things every other part reads. */
@AutoConfiguration
@EnableConfigurationProperties(PlatformProperties.class)
public class PlatformAutoConfiguration {

    /** The one way to read the time; tests and demos replace it to move time. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    ProblemDetailsAdvice problemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }

    /** Every problem detail of every API with a type of {@code https://demarche.org/problems/}. */
    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    ProblemTypeAdvice problemTypeAdvice() {
        return new ProblemTypeAdvice();
    }

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter() {
        var registration = new FilterRegistrationBean<>(new DatabaseUnavailableFilter());
        registration.setOrder(DatabaseUnavailableFilter.ORDER);
        return registration;
    }

    @Bean
    @ConditionalOnMissingBean
    ServiceIdentity serviceIdentity(@Value("${spring.application.name:}") String name) {
        return new ServiceIdentity(name);
    }
}
