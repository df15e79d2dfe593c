package org.demarche.outreach.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.demarche.events.Topics;
import org.demarche.events.outreach.SignOnRequested;
import org.demarche.events.response.EmailFailed;
import org.demarche.events.response.EmailSent;
import org.demarche.outreach.OutreachInstance;
import org.demarche.outreach.ResponsesTopic;
import org.demarche.testsupport.KafkaEndpoint;
import org.demarche.testsupport.KafkaTestClient;
import org.demarche.testsupport.RealInfrastructure;
import org.demarche.testsupport.ReceivedMail;
import org.demarche.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Delivery against SMTP servers that misbehave, as real ones do: one that refuses connections for
 * a while (down, restarting) and then accepts, and one that answers some recipients with a
 * transient 4xx (greylisting, a full mailbox) or a permanent 5xx (no such user).
 */
@RealInfrastructure
class SmtpOutageIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    /** Quick back-off, so that a test sees several attempts within seconds. */
    private static final Map<String, Object> QUICK_RETRIES = Map.of(
            "demarche.outreach.delivery.retry-initial-interval", "200ms",
            "demarche.outreach.delivery.retry-multiplier", 2.0,
            "demarche.outreach.delivery.retry-max-interval", "1s");

    @Test
    void deliversEveryMessageOnceWhenTheServerAcceptsAgainAfterRefusingConnections(KafkaEndpoint kafka,
                                                                                    TestDatabase database) throws Exception {
        Socket reservation = refusingPort();
        int port = reservation.getLocalPort();
        UUID campaignId = UUID.randomUUID();
        List<SignOnRequested> requests = SignOnBatch.requests(campaignId, "refused.example.org", 20);
        var settings = new java.util.HashMap<>(QUICK_RETRIES);
        settings.put("demarche.outreach.delivery.max-attempts", 50);
        var outreach = OutreachInstance.start(kafka, database, "127.0.0.1", port, settings);
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        try {
            SignOnBatch.send(kafka, requests);
            JdbcClient jdbc = jdbc(database);
            await("every message refused at least twice").atMost(WAIT).pollInterval(Duration.ofMillis(100))
                    .until(() -> jdbc.sql("""
                                    SELECT COUNT(*) FROM outbound_message
                                    WHERE campaign_id = :campaign AND status = 'pending' AND attempts >= 2
                                    """)
                            .param("campaign", campaignId).query(Integer.class).single() == requests.size());
            assertThat(jdbc.sql("SELECT last_error FROM outbound_message WHERE campaign_id = :campaign")
                    .param("campaign", campaignId).query(String.class).list())
                    .allSatisfy(error -> assertThat(error).containsIgnoringCase("connect"));
            MailMeterReadings meters = new MailMeterReadings(outreach);
            assertThat(meters.counted("demarche.mail.retried")).as("each refused at least twice").isGreaterThanOrEqualTo(40);
            assertThat(meters.timed(false)).isGreaterThanOrEqualTo(40);
            await("the queue gauges account for every message").atMost(WAIT).pollInterval(Duration.ofMillis(50))
                    .until(() -> meters.queue("queued") + meters.queue("deferred") + meters.queue("sending")
                            == requests.size());

            reservation.close();
            server.start();

            await("every message delivered").atMost(WAIT).pollInterval(Duration.ofMillis(100))
                    .until(() -> server.getReceivedMessages().length >= requests.size());
            Map<String, Integer> announced = ResponsesTopic.countPerPartner(kafka, campaignId, EmailSent.class,
                    EmailSent::partnerId, counts -> counts.size() >= requests.size(), WAIT);
            Map<String, Long> perRecipient = List.of(server.getReceivedMessages()).stream().map(ReceivedMail::of)
                    .collect(Collectors.groupingBy(ReceivedMail::recipient, Collectors.counting()));
            assertThat(perRecipient).hasSize(requests.size());
            assertThat(perRecipient.values()).as("no duplicates").containsOnly(1L);
            assertThat(announced).hasSize(requests.size());
            assertThat(announced.values()).containsOnly(1);
            await().atMost(WAIT).untilAsserted(() -> {
                assertThat(meters.counted("demarche.mail.sent")).isEqualTo(requests.size());
                assertThat(meters.timed(true)).isEqualTo(requests.size());
                assertThat(meters.queue("queued") + meters.queue("deferred") + meters.queue("sending")).isZero();
            });
        } finally {
            outreach.close();
            reservation.close();
            server.stop();
        }
    }

    @Test
    void retriesATransientRefusalGivesUpOnAPermanentOneAtOnceAndReportsTheServersAnswer(KafkaEndpoint kafka,
                                                                                       TestDatabase database)
            throws Exception {
        UUID campaignId = UUID.randomUUID();
        String greylisted = "greylisted@scripted.example.org";
        String unknown = "nobody@scripted.example.org";
        String full = "full@scripted.example.org";
        String welcome = "welcome@scripted.example.org";
        var counts = new java.util.concurrent.ConcurrentHashMap<String, Integer>();
        try (var server = new ScriptedSmtpServer(recipient -> {
            int attempt = counts.merge(recipient, 1, Integer::sum);
            if (recipient.equals(greylisted) && attempt <= 2) {
                return "451 4.7.1 Greylisted, please try again later";
            }
            if (recipient.equals(unknown)) {
                return "550 5.1.1 <" + unknown + ">: Recipient address rejected: User unknown";
            }
            if (recipient.equals(full)) {
                return "452 4.2.2 Mailbox full";
            }
            return "250 2.1.5 OK";
        })) {
            var settings = new java.util.HashMap<>(QUICK_RETRIES);
            settings.put("demarche.outreach.delivery.max-attempts", 4);
            var outreach = OutreachInstance.start(kafka, database, "127.0.0.1", server.port(), settings);
            try (var events = new KafkaTestClient(kafka)) {
                SignOnBatch.send(kafka, List.of(SignOnBatch.request(campaignId, "greylisted", greylisted),
                        SignOnBatch.request(campaignId, "unknown", unknown), SignOnBatch.request(campaignId, "full", full),
                        SignOnBatch.request(campaignId, "welcome", welcome)));

                EmailFailed rejected = events.awaitEvent(Topics.RESPONSES, EmailFailed.class,
                        e -> e.campaignId().equals(campaignId) && e.partnerId().equals("unknown"), WAIT).payload();
                assertThat(rejected.permanent()).isTrue();
                assertThat(rejected.reason()).startsWith("550 5.1.1").contains("User unknown");
                assertThat(rejected.kind()).isEqualTo("sign-on-request");

                EmailFailed exhausted = events.awaitEvent(Topics.RESPONSES, EmailFailed.class,
                        e -> e.campaignId().equals(campaignId) && e.partnerId().equals("full"), WAIT).payload();
                assertThat(exhausted.permanent()).as("transient, but retries ran out").isFalse();
                assertThat(exhausted.reason()).startsWith("452 4.2.2 Mailbox full");

                events.awaitEvent(Topics.RESPONSES, EmailSent.class,
                        e -> e.campaignId().equals(campaignId) && e.partnerId().equals("greylisted"), WAIT);
                events.awaitEvent(Topics.RESPONSES, EmailSent.class,
                        e -> e.campaignId().equals(campaignId) && e.partnerId().equals("welcome"), WAIT);

                // counted once recorded: greylisted retried twice, full three times and then given up
                MailMeterReadings meters = new MailMeterReadings(outreach);
                await().atMost(WAIT).untilAsserted(() -> {
                    assertThat(meters.counted("demarche.mail.sent")).isEqualTo(2);
                    assertThat(meters.counted("demarche.mail.retried")).isEqualTo(5);
                    assertThat(meters.counted("demarche.mail.failed")).isEqualTo(2);
                });
                assertThat(meters.timed(true)).isEqualTo(2);
                assertThat(meters.timed(false)).isEqualTo(1 + 4 + 2);
                assertThat(meters.scrape()).contains("demarche_mail_sent_total{kind=\"sign-on-request\"} 2.0",
                        "demarche_mail_failed_total{kind=\"sign-on-request\"} 2.0",
                        "demarche_mail_queue{status=\"queued\"} 0.0",
                        "demarche_mail_smtp_seconds_bucket{outcome=\"accepted\",le=");
            } finally {
                outreach.close();
            }
            assertThat(server.attemptsFor(unknown)).as("a permanent failure is not retried").isEqualTo(1);
            assertThat(server.attemptsFor(full)).as("max-attempts").isEqualTo(4);
            assertThat(server.attemptsFor(greylisted)).isEqualTo(3);
            assertThat(server.accepted()).containsExactlyInAnyOrder(greylisted, welcome);
        }
    }

    private static JdbcClient jdbc(TestDatabase database) {
        return JdbcClient.create(new DriverManagerDataSource(database.jdbcUrl(), database.username(), database.password()));
    }

    /**
     * A port nothing listens on: connections to it are refused until the test starts a server there.
     * It stays bound (without listening) until then, so that no other program on the machine takes it.
     */
    private static Socket refusingPort() throws IOException {
        Socket reservation = new Socket();
        reservation.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        return reservation;
    }
}
