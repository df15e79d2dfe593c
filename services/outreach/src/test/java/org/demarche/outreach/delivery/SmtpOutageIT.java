package org.demarche.outreach.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
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
import org.demarche.testsupport.MutableClock;
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
 *
 * <p>Retries follow outreach's own back-off (30 s before the second attempt, doubling) on a clock
 * the test moves: once a round of attempts is recorded, the clock goes to the next one.
 */
@RealInfrastructure
class SmtpOutageIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    /** Outreach's default wait before the second attempt; each further one waits twice as long. */
    private static final Duration FIRST_RETRY = Duration.ofSeconds(30);

    @Test
    void deliversEveryMessageOnceWhenTheServerAcceptsAgainAfterRefusingConnections(KafkaEndpoint kafka,
                                                                                    TestDatabase database) throws Exception {
        Socket reservation = refusingPort();
        int port = reservation.getLocalPort();
        UUID campaignId = UUID.randomUUID();
        List<SignOnRequested> requests = SignOnBatch.requests(campaignId, "refused.example.org", 20);
        MutableClock clock = new MutableClock(START);
        var outreach = OutreachInstance.start(kafka, database, "127.0.0.1", port,
                Map.of("demarche.outreach.delivery.max-attempts", 50), clock);
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        try {
            SignOnBatch.send(kafka, requests);
            JdbcClient jdbc = jdbc(database);
            awaitWaiting(jdbc, campaignId, 1, requests.size(), "every message refused once");
            clock.advance(FIRST_RETRY);
            awaitWaiting(jdbc, campaignId, 2, requests.size(), "every message refused again 30 s later");
            assertThat(jdbc.sql("SELECT last_error FROM outbound_message WHERE campaign_id = :campaign")
                    .param("campaign", campaignId).query(String.class).list())
                    .allSatisfy(error -> assertThat(error).containsIgnoringCase("connect"));
            MailMeterReadings meters = new MailMeterReadings(outreach);
            await("each refusal counted").atMost(WAIT).untilAsserted(() -> {
                assertThat(meters.counted("demarche.mail.retried")).as("each refused twice").isEqualTo(40);
                assertThat(meters.timed(false)).isEqualTo(40);
            });
            await("the queue gauges account for every message").atMost(WAIT).pollInterval(Duration.ofMillis(50))
                    .until(() -> meters.queue("queued") + meters.queue("deferred") + meters.queue("sending")
                            == requests.size());

            reservation.close();
            server.start();
            clock.advance(FIRST_RETRY.multipliedBy(2)); // the third attempt, a minute after the second

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
            MutableClock clock = new MutableClock(START);
            var outreach = OutreachInstance.start(kafka, database, "127.0.0.1", server.port(),
                    Map.of("demarche.outreach.delivery.max-attempts", 4), clock);
            try (var events = new KafkaTestClient(kafka)) {
                SignOnBatch.send(kafka, List.of(SignOnBatch.request(campaignId, "greylisted", greylisted),
                        SignOnBatch.request(campaignId, "unknown", unknown), SignOnBatch.request(campaignId, "full", full),
                        SignOnBatch.request(campaignId, "welcome", welcome)));
                JdbcClient jdbc = jdbc(database);
                awaitWaiting(jdbc, campaignId, 1, 2, "the greylisted and the full mailbox refused once");
                clock.advance(FIRST_RETRY);
                awaitWaiting(jdbc, campaignId, 2, 2, "both refused again 30 s later");
                clock.advance(FIRST_RETRY.multipliedBy(2)); // the greylisting is over; the mailbox is still full
                awaitWaiting(jdbc, campaignId, 3, 1, "the full mailbox refused a third time a minute later");
                clock.advance(FIRST_RETRY.multipliedBy(4)); // the fourth and last attempt

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

    /**
     * Waits until {@code count} of the campaign's messages have been tried {@code attempts} times and
     * wait for their next attempt: the round is recorded, and the clock may move to the next.
     */
    private static void awaitWaiting(JdbcClient jdbc, UUID campaignId, int attempts, int count, String round) {
        await(round).atMost(WAIT).pollInterval(Duration.ofMillis(100))
                .until(() -> jdbc.sql("""
                                SELECT COUNT(*) FROM outbound_message
                                WHERE campaign_id = :campaign AND status = 'pending' AND attempts = :attempts
                                """)
                        .param("campaign", campaignId).param("attempts", attempts).query(Integer.class).single() == count);
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
