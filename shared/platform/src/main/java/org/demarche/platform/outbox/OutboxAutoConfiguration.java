package org.demarche.platform.outbox;

import java.time.Clock;

import org.demarche.events.EventCodec;
import org.demarche.platform.PlatformProperties;
import org.demarche.platform.ServiceIdentity;
import org.demarche.platform.inbox.EventInbox;
import org.demarche.platform.tracing.TraceContexts;
import org.demarche.platform.tracing.TracingAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox, its relay and the inbox, on the service's own database. Their tables come with this
 * module as Flyway migrations ({@code V0_*}), added to the service's own migration locations.
 */
@AutoConfiguration(after = {DataSourceAutoConfiguration.class, TracingAutoConfiguration.class})
public class OutboxAutoConfiguration {

    static final String MIGRATIONS = "classpath:org/demarche/platform/db";

    /**
     * Adds the platform's tables to the service's migrations. Out-of-order is allowed so that a
     * platform migration released after a service's own later ones still applies.
     */
    @Bean
    FlywayConfigurationCustomizer platformMigrations() {
        return configuration -> {
            var locations = new java.util.ArrayList<>(java.util.Arrays.asList(configuration.getLocations()));
            locations.add(new org.flywaydb.core.api.Location(MIGRATIONS));
            configuration.locations(locations.toArray(org.flywaydb.core.api.Location[]::new)).outOfOrder(true);
        };
    }

    @Bean
    @ConditionalOnMissingBean
    EventCodec eventCodec() {
        return new EventCodec();
    }

    @Bean
    OutboxRelay outboxRelay(JdbcClient jdbc, TransactionTemplate transactions, KafkaOperations<Object, Object> kafka,
                            TraceContexts traces, PlatformProperties properties) {
        return new OutboxRelay(jdbc, transactions, kafka, traces, properties.outboxPollInterval(),
                properties.outboxBatchSize());
    }

    @Bean
    Outbox outbox(JdbcClient jdbc, NamedParameterJdbcTemplate batches, EventCodec codec, Clock clock,
                  ServiceIdentity service, TraceContexts traces, OutboxRelay relay) {
        return new Outbox(jdbc, batches, codec, clock, service, traces, relay::wakeUp);
    }

    /** Bound by the service's meter registry (Actuator); see docs/operations.md, "Metrics". */
    @Bean
    OutboxMeters outboxMeters(JdbcClient jdbc, Clock clock) {
        return new OutboxMeters(jdbc, clock);
    }

    @Bean
    EventInbox eventInbox(JdbcClient jdbc, NamedParameterJdbcTemplate batches, TransactionTemplate transactions,
                          Clock clock, ServiceIdentity service) {
        return new EventInbox(jdbc, batches, transactions, clock, service);
    }
}
