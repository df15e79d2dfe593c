package org.demarche.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Future;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.demarche.events.EventEnvelope;
import org.demarche.events.EventSerializer;
import org.demarche.events.Topics;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * What the benchmark runs against, all on this machine: an in-JVM KRaft broker, GreenMail as the
 * SMTP sink, and a fresh database on the PostgreSQL server (dropped at the end).
 */
final class BenchInfrastructure implements AutoCloseable {

    /** As the platform creates them (demarche.platform.partitions). */
    private static final int PARTITIONS = 6;

    private final EmbeddedKafkaKraftBroker broker;
    private final GreenMail smtp;
    private final String serverUrl;
    private final String user;
    private final String database;

    private BenchInfrastructure(EmbeddedKafkaKraftBroker broker, GreenMail smtp, String serverUrl, String user,
                                String database) {
        this.broker = broker;
        this.smtp = smtp;
        this.serverUrl = serverUrl;
        this.user = user;
        this.database = database;
    }

    /** @param postgresUrl a JDBC URL of the server's admin database, with {@code ?user=} */
    static BenchInfrastructure start(String postgresUrl) throws Exception {
        return start(postgresUrl, "outreach");
    }

    /** @param service whose database it is, for its name ({@code bench_<service>_<random>}) */
    static BenchInfrastructure start(String postgresUrl, String service) throws Exception {
        String database = "bench_" + service + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = DriverManager.getConnection(postgresUrl); Statement sql = admin.createStatement()) {
            sql.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("infra/bench needs PostgreSQL at " + postgresUrl
                    + " (set BENCH_POSTGRES_URL): " + e.getMessage(), e);
        }
        var broker = new EmbeddedKafkaKraftBroker(1, PARTITIONS);
        broker.brokerProperty("group.initial.rebalance.delay.ms", "0");
        broker.afterPropertiesSet();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()))) {
            admin.createTopics(List.of(new NewTopic(Topics.OUTREACH, PARTITIONS, (short) 1))).all().get();
        }
        GreenMail smtp = SmtpSink.onAnyFreePort();
        smtp.start();
        String server = postgresUrl.substring(0, postgresUrl.lastIndexOf('/') + 1);
        String query = postgresUrl.contains("?") ? postgresUrl.substring(postgresUrl.indexOf('?') + 1) : "";
        String user = "postgres";
        for (String parameter : query.split("&")) {
            if (parameter.startsWith("user=")) {
                user = parameter.substring("user=".length());
            }
        }
        return new BenchInfrastructure(broker, smtp, server, user, database);
    }

    String bootstrapServers() {
        return broker.getBrokersAsString();
    }

    String jdbcUrl() {
        return serverUrl + database;
    }

    String user() {
        return user;
    }

    GreenMail smtp() {
        return smtp;
    }

    int smtpPort() {
        return smtp.getSmtp().getPort();
    }

    /**
     * Creates the sink's mailboxes for these recipients before a timed run. GreenMail makes a user
     * and a mailbox the first time an address receives mail; without this, outreach's run would pay
     * for creating 10 000 of them and the baseline's, sending to the same addresses afterwards, for none.
     */
    void createMailboxes(java.util.Collection<String> addresses) {
        for (String address : addresses) {
            smtp.setUser(address, address, "bench");
        }
    }

    void purgeSmtp() {
        try {
            smtp.purgeEmailFromAllMailboxes();
        } catch (FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A bare sender at the sink, as the baseline uses it: the same socket setting as outreach's, nothing else. */
    JavaMailSenderImpl mailSender() {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtpPort());
        sender.setDefaultEncoding("UTF-8");
        var settings = new Properties();
        settings.put("mail.smtp.socketFactory", new NoDelaySockets());
        sender.setJavaMailProperties(settings);
        return sender;
    }

    /** Publishes the events as campaigns would (keyed by campaign, CloudEvents headers), before outreach starts. */
    void publish(List<? extends EventEnvelope<?>> events) throws Exception {
        // serialized (and checked against their schemas) before the first is sent: outreach starts
        // consuming, and the clock running, with the first record, and the benchmark's own work
        // must not share the processors with what it measures
        send(bootstrapServers(), records(events));
    }

    /** The events as their publishers put them on Kafka: keyed, with CloudEvents headers, checked against their schemas. */
    static List<ProducerRecord<String, byte[]>> records(List<? extends EventEnvelope<?>> events) {
        var serializer = new EventSerializer();
        List<ProducerRecord<String, byte[]>> records = new java.util.ArrayList<>(events.size());
        for (EventEnvelope<?> event : events) {
            var headers = new RecordHeaders();
            byte[] value = serializer.serialize(event.topic(), headers, event);
            records.add(new ProducerRecord<>(event.topic(), null, event.key(), value, headers));
        }
        return records;
    }

    /** Sends the records (acks=all) and waits until the broker has acknowledged the last. */
    static void send(String bootstrapServers, List<ProducerRecord<String, byte[]>> records) throws Exception {
        try (var producer = new KafkaProducer<String, byte[]>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 5), new StringSerializer(), new ByteArraySerializer())) {
            producer.partitionsFor(records.isEmpty() ? Topics.OUTREACH : records.get(0).topic()); // metadata first, too
            Future<RecordMetadata> last = null;
            for (var record : records) {
                last = producer.send(record);
            }
            producer.flush();
            if (last != null) {
                last.get();
            }
        }
    }

    /** Waits until outreach has recorded {@code count} messages as accepted by the SMTP server. */
    void awaitSent(int count, Duration timeout, Runnable check) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        int sent = 0;
        while (System.nanoTime() < deadline) {
            check.run();
            // the benchmark's own look must not weigh on what it measures: while anything waits or is
            // being sent, the queue index answers at its first entry; the full count only when it is empty
            if (count("SELECT COUNT(*) FROM (SELECT 1 FROM outbound_message WHERE status IN ('pending', 'sending') "
                    + "FETCH FIRST 1 ROWS ONLY) AS busy") == 0) {
                sent = count("SELECT COUNT(*) FROM outbound_message WHERE status = 'sent'");
                if (sent >= count) {
                    return;
                }
            }
            java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
        }
        throw new IllegalStateException("outreach sent " + sent + " of " + count + " messages within " + timeout);
    }

    /** When outreach consumed the last request so far. */
    java.time.Instant lastConsumed() throws SQLException {
        try (Connection connection = connect(); Statement sql = connection.createStatement();
             ResultSet last = sql.executeQuery("SELECT MAX(processed_at) FROM processed_event")) {
            last.next();
            return last.getTimestamp(1).toInstant();
        }
    }

    /**
     * From the first request outreach consumed after {@code after} to the last message the SMTP
     * server accepted, as outreach recorded them.
     */
    OutreachFanout.Timing firstConsumedToLastAccepted(java.time.Instant after) throws SQLException {
        try (Connection connection = connect(); var sql = connection.prepareStatement(
                "SELECT MIN(processed_at), MAX(processed_at) FROM processed_event WHERE processed_at > ?")) {
            sql.setTimestamp(1, java.sql.Timestamp.from(after));
            try (ResultSet first = sql.executeQuery()) {
            first.next();
            var consumed = first.getTimestamp(1).toInstant();
            var allConsumed = first.getTimestamp(2).toInstant();
            try (var sent = connection.prepareStatement(
                    "SELECT MIN(sent_at), MAX(sent_at) FROM outbound_message WHERE sent_at > ?")) {
                sent.setTimestamp(1, java.sql.Timestamp.from(consumed));
                try (ResultSet last = sent.executeQuery()) {
                    last.next();
                    return new OutreachFanout.Timing(Duration.between(consumed, last.getTimestamp(2).toInstant()),
                            Duration.between(consumed, allConsumed),
                            Duration.between(consumed, last.getTimestamp(1).toInstant()));
                }
            }
            }
        }
    }

    private int count(String query) {
        try (Connection connection = connect(); Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException notYetMigrated) {
            return 0;
        }
    }

    Connection connect() throws SQLException {
        var properties = new Properties();
        properties.setProperty("user", user);
        return DriverManager.getConnection(jdbcUrl(), properties);
    }

    @Override
    public void close() throws Exception {
        smtp.stop();
        broker.destroy();
        String admin = serverUrl + "postgres";
        var properties = new Properties();
        properties.setProperty("user", user);
        try (Connection connection = DriverManager.getConnection(admin, properties);
             Statement sql = connection.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }
}
