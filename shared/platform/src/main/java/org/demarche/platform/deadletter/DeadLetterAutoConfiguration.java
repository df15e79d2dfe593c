package org.demarche.platform.deadletter;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import org.demarche.platform.kafka.KafkaPlumbingAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.transaction.support.TransactionTemplate;

/** Every service's dead letters: listed, replayed and counted the same way. */
@AutoConfiguration(after = {KafkaPlumbingAutoConfiguration.class, KafkaAutoConfiguration.class,
        DataSourceAutoConfiguration.class})
public class DeadLetterAutoConfiguration {

    @Bean
    DeadLetters deadLetters(KafkaListenerEndpointRegistry listeners, ConsumerFactory<Object, Object> consumers,
                            KafkaOperations<Object, Object> kafka, JdbcClient jdbc, TransactionTemplate transactions,
                            Clock clock) {
        return new DeadLetters(listeners, new DeadLetterTopics(consumers), kafka, jdbc, transactions, clock);
    }

    @Bean
    PendingDeadLetters pendingDeadLetters(DeadLetters deadLetters) {
        return new PendingDeadLetters(deadLetters);
    }

    /** Registered in the service's meter registry (Actuator), if it has one. */
    @Bean
    DeadLetterMeters deadLetterMeters(DeadLetters deadLetters, PendingDeadLetters pending,
                                      ObjectProvider<MeterRegistry> registry) {
        return new DeadLetterMeters(deadLetters, pending, registry);
    }

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    DeadLetterController deadLetterController(DeadLetters deadLetters) {
        return new DeadLetterController(deadLetters);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
    static class Health {

        @Bean
        DeadLettersHealth deadLettersHealthIndicator(PendingDeadLetters pending) {
            return new DeadLettersHealth(pending);
        }
    }
}
