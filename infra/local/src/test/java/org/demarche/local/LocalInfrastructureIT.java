package org.demarche.local;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Starts the local infrastructure (free ports; the broker JVM on a fixed port chosen here, as it
 * serves 9092 in the local stack) and uses it as the services do.
 */
class LocalInfrastructureIT {

    private static final String SUBJECT = "Lettre ouverte – Азербайджан – Ilgar Məmmədov";

    @TempDir
    static Path dataDir;

    private static LocalInfrastructure infrastructure;

    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws IOException {
        infrastructure = LocalInfrastructure.start(LocalSettings.anyFreePorts(dataDir).withKafkaPort(freePort()));
        infrastructure.writeEnvFile();
    }

    @AfterAll
    static void stop() {
        if (infrastructure != null) {
            infrastructure.close();
            assertThat(infrastructure.envFile()).doesNotExist();
        }
    }

    @Test
    void writesTheConnectionSettingsToInfraEnv() throws IOException {
        List<String> lines = Files.readAllLines(dataDir.resolve("infra.env"), StandardCharsets.UTF_8);
        assertThat(lines).contains(
                "KAFKA_BOOTSTRAP=127.0.0.1:" + infrastructure.settings().kafkaPort(),
                "SMTP_HOST=127.0.0.1",
                "SMTP_PORT=" + infrastructure.smtpPort(),
                "MAIL_VIEWER_URL=" + infrastructure.mailViewerUri(),
                "MAIL_DIR=" + dataDir.toAbsolutePath().normalize().resolve("mail"));
        assertThat(infrastructure.smtpPort()).isPositive();
    }

    @Test
    void kafkaRoundTripOnTheFixedPort() throws Exception {
        String bootstrap = infrastructure.kafkaBootstrapServers();
        assertThat(bootstrap).isEqualTo("127.0.0.1:" + infrastructure.settings().kafkaPort());
        String topic = "demarche.local-it." + UUID.randomUUID();
        String key = "campaign-" + UUID.randomUUID();
        String value = "{\"subject\":\"" + SUBJECT + "\"}";

        Map<String, Object> producerConfig = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig)) {
            RecordMetadata sent = producer.send(new ProducerRecord<>(topic, key, value)).get();
            assertThat(sent.topic()).isEqualTo(topic);
        }

        Map<String, Object> consumerConfig = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "local-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        List<ConsumerRecord<String, String>> received = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig)) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(received::add);
                return !received.isEmpty();
            });
        }
        assertThat(received).hasSize(1);
        assertThat(received.get(0).key()).isEqualTo(key);
        assertThat(received.get(0).value()).isEqualTo(value);
    }

    @Test
    void capturesMailAsEmlFilesAndListsItOnTheViewerPage() throws Exception {
        String marker = UUID.randomUUID().toString();
        send(SUBJECT, marker, "<p>Bonjour <b>Məmmədov</b> <script>alert('x')</script></p>");

        Path eml = awaitEml(marker);
        String raw = Files.readString(eml, StandardCharsets.UTF_8);
        String envelope = raw.substring(raw.indexOf("X-Envelope-To:"), raw.indexOf("Return-Path:"));
        assertThat(envelope).contains("partner@example.org", "bcc-" + marker + "@example.org");

        HttpResponse<String> list = get("");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(list.body()).contains(SUBJECT);
        assertThat(list.body()).contains("Coalition Démarche &lt;coalition@example.org&gt;");
        assertThat(list.body()).contains("Ilgar Məmmədov &lt;partner@example.org&gt;");

        String id = eml.getFileName().toString().replace(".eml", "");
        HttpResponse<String> page = get("messages/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>" + SUBJECT + "</h1>");
        assertThat(page.body()).contains("Texte " + marker);
        assertThat(page.body()).contains("<iframe sandbox=");
        assertThat(page.body()).contains("lettre-ouverte-Məmmədov.pdf");
        assertThat(page.body()).doesNotContain("<script>");

        HttpResponse<String> html = get("messages/" + id + "/html");
        assertThat(html.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp).startsWith("sandbox"));
        assertThat(html.body()).contains("<b>Məmmədov</b>");

        HttpResponse<String> json = get("api/messages");
        assertThat(json.body()).contains("\"subject\":\"" + SUBJECT + "\"");
    }

    @Test
    void newestMailComesFirst() throws Exception {
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        send("first " + first, first, null);
        awaitEml(first);
        send("second " + second, second, null);
        awaitEml(second);

        String body = get("").body();
        assertThat(body.indexOf("second " + second)).isNotNegative().isLessThan(body.indexOf("first " + first));
    }

    // ------------------------------------------------------------------

    private static void send(String subject, String marker, String html) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", infrastructure.smtpHost());
        properties.put("mail.smtp.port", Integer.toString(infrastructure.smtpPort()));
        Session session = Session.getInstance(properties);
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress("coalition@example.org", "Coalition Démarche", "UTF-8"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("partner@example.org", "Ilgar Məmmədov", "UTF-8"));
        message.setRecipient(Message.RecipientType.BCC, new InternetAddress("bcc-" + marker + "@example.org"));
        message.setSubject(subject, "UTF-8");
        MimeMultipart mixed = new MimeMultipart("mixed");
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Texte " + marker + "\nSignez ici : http://127.0.0.1:8083/sign/abc", "UTF-8");
        alternative.addBodyPart(text);
        if (html != null) {
            MimeBodyPart htmlPart = new MimeBodyPart();
            htmlPart.setText(html, "UTF-8", "html");
            alternative.addBodyPart(htmlPart);
        }
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);
        mixed.addBodyPart(body);
        MimeBodyPart pdf = new MimeBodyPart();
        pdf.setDataHandler(new DataHandler(new ByteArrayDataSource("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII), "application/pdf")));
        pdf.setFileName(jakarta.mail.internet.MimeUtility.encodeText("lettre-ouverte-Məmmədov.pdf", "UTF-8", null));
        pdf.setDisposition(MimeBodyPart.ATTACHMENT);
        mixed.addBodyPart(pdf);
        message.setContent(mixed);
        Transport.send(message);
    }

    private static Path awaitEml(String marker) throws Exception {
        Path mail = infrastructure.mailDir();
        return await("an .eml containing " + marker + " in " + mail).atMost(Duration.ofSeconds(30))
                .until(() -> emlContaining(mail, marker), java.util.Optional::isPresent).orElseThrow();
    }

    private static java.util.Optional<Path> emlContaining(Path mail, String marker) throws Exception {
        try (Stream<Path> files = Files.list(mail)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".eml")).toList()) {
                if (Files.readString(file, StandardCharsets.UTF_8).contains(marker)) {
                    return java.util.Optional.of(file);
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        URI uri = infrastructure.mailViewerUri().resolve(path);
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A port for the broker that stays the same across a restart of the infrastructure. */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
