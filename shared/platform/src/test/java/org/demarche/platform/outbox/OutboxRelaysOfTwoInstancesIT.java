package org.demarche.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.demarche.events.EventCodec;
import org.demarche.events.Topics;
import org.demarche.events.meeting.MeetingCancelled;
import org.demarche.platform.ServiceIdentity;
import org.demarche.platform.tracing.TraceContexts;
import org.demarche.testsupport.KafkaEndpoint;
import org.demarche.testsupport.KafkaTestClient;
import org.demarche.testsupport.RealInfrastructure;
import org.demarche.testsupport.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Production runs two instances of every service on one database: both relays poll the same
 * outbox. Events of one key must still reach Kafka in the order they were recorded, each once.
 * On PostgreSQL, as in production, and on H2 in PostgreSQL mode, as the local stack runs it.
 */
@SpringBootTest(properties = {"spring.application.name=platform-relays-test", "demarche.platform.partitions=3"})
@RealInfrastructure
class OutboxRelaysOfTwoInstancesIT {

    private static final int KEYS = 4;
    private static final int EVENTS_PER_KEY = 150;
    /** Small batches, so the relays contend for the outbox many times over. */
    private static final int BATCH_SIZE = 7;

    @Autowired
    OutboxRelay relayOfThisContext;

    @Autowired
    TestDatabase postgres;

    @Autowired
    EventCodec codec;

    @Autowired
    ServiceIdentity service;

    @Autowired
    KafkaEndpoint kafka;

    @Autowired
    KafkaTestClient events;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"postgresql", "h2"})
    void twoRelaysOnOneOutboxKeepTheOrderOfEachKeyAndSendEachEventOnce(String kind) {
        DataSource database = kind.equals("h2") ? migratedH2() : new DriverManagerDataSource(postgres.jdbcUrl(),
                postgres.username(), postgres.password());
        var transactions = new TransactionTemplate(new DataSourceTransactionManager(database));
        var outbox = new Outbox(JdbcClient.create(database), new NamedParameterJdbcTemplate(database), codec,
                Clock.systemUTC(), service, TraceContexts.none(), () -> { });
        List<UUID> meetings = IntStream.range(0, KEYS).mapToObj(i -> UUID.randomUUID()).toList();
        relayOfThisContext.stop(); // it would relay from the PostgreSQL database too
        var first = new RelayInstance(database);
        var second = new RelayInstance(database);
        try {
            for (int step = 0; step < EVENTS_PER_KEY; step += 10) {
                int from = step;
                transactions.executeWithoutResult(status -> outbox.publishAll(IntStream.range(from, from + 10)
                        .boxed()
                        .flatMap(n -> meetings.stream().map(meeting -> new MeetingCancelled(meeting, "step " + n)))
                        .toList()));
            }

            first.relay.start();
            second.relay.start();
            await().atMost(Duration.ofSeconds(90)).until(() -> JdbcClient.create(database)
                    .sql("SELECT COUNT(*) FROM outbox_event").query(Integer.class).single() == 0);
        } finally {
            first.close();
            second.close();
            relayOfThisContext.start();
        }

        Set<String> keys = meetings.stream().map(UUID::toString).collect(Collectors.toSet());
        List<ConsumerRecord<String, byte[]>> received = events.readToEnd(Topics.MEETINGS).stream()
                .filter(record -> keys.contains(record.key()))
                .toList();
        List<String> expectedSteps = IntStream.range(0, EVENTS_PER_KEY).mapToObj(n -> "step " + n).toList();
        Map<String, List<String>> stepsByKey = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> record : received) {
            stepsByKey.computeIfAbsent(record.key(), key -> new ArrayList<>()).add(reasonOf(record));
        }
        for (UUID meeting : meetings) {
            assertThat(stepsByKey.get(meeting.toString()))
                    .as("events of meeting %s as consumed: the outbox's order, each once", meeting)
                    .containsExactlyElementsOf(expectedSteps);
        }
    }

    private static DataSource migratedH2() {
        var database = new DriverManagerDataSource("jdbc:h2:mem:relays-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(database).locations(OutboxAutoConfiguration.MIGRATIONS).load().migrate();
        return database;
    }

    private static String reasonOf(ConsumerRecord<String, byte[]> record) {
        String json = new String(record.value(), StandardCharsets.UTF_8);
        int start = json.indexOf("step ");
        return json.substring(start, json.indexOf('"', start));
    }

    /** What a second instance brings: its own connections to the database and its own producer. */
    private final class RelayInstance implements AutoCloseable {

        final DefaultKafkaProducerFactory<Object, Object> producers;
        final OutboxRelay relay;

        RelayInstance(DataSource dataSource) {
            producers = new DefaultKafkaProducerFactory<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
            relay = new OutboxRelay(JdbcClient.create(dataSource),
                    new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
                    new KafkaTemplate<>(producers), TraceContexts.none(), Duration.ofMillis(10), BATCH_SIZE);
        }

        @Override
        public void close() {
            relay.stop();
            producers.destroy();
        }
    }
}
