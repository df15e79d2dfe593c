package org.demarche.platform.kafka;

import java.time.Duration;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * A service that starts while the brokers are away: it starts, says so in its health, and creates
 * its topics when they come back (its listeners reconnect and its outbox relay catches up on their
 * own). Boot's own start-up topic creation is switched off by the platform's defaults
 * ({@code spring.kafka.admin.auto-create=false}) in favour of {@link TopicProvisioning}.
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@ConditionalOnBean(KafkaAdmin.class)
public class KafkaAvailabilityAutoConfiguration {

    /** Short: a health check waits this long for an absent broker, and so does start-up once. */
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(3);

    @Bean
    KafkaReachability kafkaReachability(KafkaAdmin admin) {
        return new KafkaReachability(admin.getConfigurationProperties(), ANSWER_TIMEOUT);
    }

    @Bean
    TopicProvisioning topicProvisioning(KafkaAdmin admin, KafkaReachability brokers) {
        return new TopicProvisioning(admin, brokers);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
    static class Health {

        @Bean
        KafkaHealthIndicator kafkaHealthIndicator(KafkaReachability brokers, TopicProvisioning topics) {
            return new KafkaHealthIndicator(brokers, topics);
        }
    }
}
