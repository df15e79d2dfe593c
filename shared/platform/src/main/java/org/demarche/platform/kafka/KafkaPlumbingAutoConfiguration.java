package org.demarche.platform.kafka;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.demarche.events.EventDeserializer;
import org.demarche.events.EventEnvelope;
import org.demarche.events.EventSerializer;
import org.demarche.events.Topics;
import org.demarche.platform.PlatformProperties;
import org.demarche.platform.ServiceIdentity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.ContainerCustomizer;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;

/**
 * Wires Spring Boot's Kafka auto-configuration to the event contracts. Services use Boot's own
 * {@code KafkaTemplate} and {@code @KafkaListener} container factory; this class only decides how
 * they serialise, acknowledge, retry and dead-letter.
 */
@AutoConfiguration(before = KafkaAutoConfiguration.class)
public class KafkaPlumbingAutoConfiguration {

    /** Created at start-up by Boot's {@code KafkaAdmin}; existing topics are left as they are. */
    @Bean
    KafkaAdmin.NewTopics demarcheTopics(PlatformProperties properties) {
        return new KafkaAdmin.NewTopics(DemarcheTopics.of(properties).toArray(NewTopic[]::new));
    }

    /**
     * Idempotent producer, acknowledged by all in-sync replicas. Values are event envelopes, or raw
     * bytes when a record that could not be read is passed on to a dead-letter topic.
     */
    @Bean
    DefaultKafkaProducerFactoryCustomizer demarcheProducerSettings() {
        return factory -> {
            factory.updateConfigs(Map.of(
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true));
            Map<Class<?>, Serializer<?>> byType = new LinkedHashMap<>();
            byType.put(EventEnvelope.class, new EventSerializer());
            byType.put(byte[].class, new ByteArraySerializer());
            factory.setKeySerializer(castSerializer(new StringSerializer()));
            factory.setValueSerializer(castSerializer(new DelegatingByTypeSerializer(byType)));
        };
    }

    /**
     * Consumers read event envelopes; a record that cannot be read or fails its schema is handed to
     * the error handler as a {@code DeserializationException} instead of failing the poll.
     */
    @Bean
    DefaultKafkaConsumerFactoryCustomizer demarcheConsumerSettings(ServiceIdentity service) {
        return factory -> {
            Map<String, Object> settings = new LinkedHashMap<>();
            if (!factory.getConfigurationProperties().containsKey(ConsumerConfig.GROUP_ID_CONFIG)) {
                settings.put(ConsumerConfig.GROUP_ID_CONFIG, service.name());
            }
            if (!factory.getConfigurationProperties().containsKey(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG)) {
                settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            }
            factory.updateConfigs(settings);
            factory.setKeyDeserializer(castDeserializer(new StringDeserializer()));
            factory.setValueDeserializer(castDeserializer(new ErrorHandlingDeserializer<>(new EventDeserializer())));
        };
    }

    /**
     * With observations on (the platform's default, for traces), a listener's timings come from them
     * as {@code spring_kafka_listener_seconds}. A batch listener is not observed, and Spring Kafka's
     * own timer for it would register that name with other tags, which Prometheus refuses: it is off.
     */
    @Bean
    ContainerCustomizer<Object, Object, ConcurrentMessageListenerContainer<Object, Object>> demarcheListenerTimings() {
        return container -> {
            if (container.getContainerProperties().isObservationEnabled()) {
                container.getContainerProperties().setMicrometerEnabled(false);
            }
        };
    }

    /**
     * A failed record is retried in place a few times ({@code demarche.platform.retry.max-retries},
     * seconds: its partition waits), then a transient failure is parked on the group's retry topic
     * (see {@link ParkedRetries}) and the partition moves on; records that can never succeed
     * (unreadable, invalid) skip the retries. What is given up on goes to {@code <topic>-dlt}, same
     * partition, with Spring Kafka's exception headers plus {@value DeadLetterReason#HEADER} and
     * {@value DeadLetterReason#GROUP_HEADER}.
     */
    @Bean
    CommonErrorHandler demarcheErrorHandler(ParkingRecoverer recoverer, PlatformProperties properties) {
        var retry = properties.retry();
        var backOff = new ExponentialBackOffWithMaxRetries(retry.maxRetries());
        backOff.setInitialInterval(retry.initialInterval().toMillis());
        backOff.setMultiplier(retry.multiplier());
        backOff.setMaxInterval(retry.maxInterval().toMillis());
        var handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(FailureKind.permanentExceptions());
        return handler;
    }

    /** Parking is dated by the service's {@code Clock} (the system's in production), so tests move time for it. */
    @Bean
    ParkingRecoverer demarcheParkingRecoverer(KafkaOperations<Object, Object> template, PlatformProperties properties,
                                              ObjectProvider<Clock> clock) {
        var deadLetters = new DeadLetterPublishingRecoverer(template,
                (record, exception) -> new org.apache.kafka.common.TopicPartition(
                        Topics.deadLetter(record.topic()), record.partition()));
        deadLetters.setHeadersFunction(DeadLetterReason::headers);
        return new ParkingRecoverer(template, deadLetters, properties.retry(), clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    ParkedRetries demarcheParkedRetries(KafkaListenerEndpointRegistry registry, ConsumerFactory<Object, Object> consumers,
                                        KafkaAdmin admin, ParkingRecoverer recoverer, PlatformProperties properties,
                                        ObjectProvider<KafkaReachability> brokers, ObjectProvider<Clock> clock) {
        return new ParkedRetries(registry, consumers, admin, recoverer, properties, brokers,
                clock.getIfAvailable(Clock::systemUTC));
    }

    @SuppressWarnings("unchecked")
    private static <T> Serializer<T> castSerializer(Serializer<?> serializer) {
        return (Serializer<T>) serializer;
    }

    @SuppressWarnings("unchecked")
    private static <T> org.apache.kafka.common.serialization.Deserializer<T> castDeserializer(
            org.apache.kafka.common.serialization.Deserializer<?> deserializer) {
        return (org.apache.kafka.common.serialization.Deserializer<T>) deserializer;
    }
}
