package org.demarche.outreach.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.mail.internet.MimeMessage;
import org.demarche.events.EventEnvelope;
import org.demarche.events.outreach.SignOnRequested;
import org.demarche.events.response.EmailSent;
import org.demarche.outreach.OutreachInstance;
import org.demarche.outreach.ReceivedMail;
import org.demarche.outreach.ResponsesTopic;
import org.demarche.testsupport.KafkaEndpoint;
import org.demarche.testsupport.KafkaTestClient;
import org.demarche.testsupport.RealInfrastructure;
import org.demarche.testsupport.SmtpSink;
import org.demarche.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A batch of 500 sign-on requests; outreach is stopped (its context closed) while it is sending
 * them, then started again on the same database and broker. Every partner gets exactly one
 * email, and exactly one EmailSent is announced for each.
 */
@RealInfrastructure
class CrashSafeDeliveryIT {

    private static final int PARTNERS = 500;
    private static final String DOMAIN = "@crash.example.org";
    private static final Clock CLOCK = Clock.systemUTC();

    @Test
    void everyPartnerGetsExactlyOneEmailAcrossAStopInTheMiddleOfTheBatch(KafkaEndpoint kafka, TestDatabase database,
                                                                          SmtpSink smtp) {
        UUID campaignId = UUID.randomUUID();
        // slow enough that the stop finds it mid-way, with two connections and small batches
        Map<String, Object> settings = Map.of("demarche.outreach.delivery.rate-limit", 100,
                "demarche.outreach.delivery.batch-size", 20, "demarche.outreach.delivery.connections", 2);
        ConfigurableApplicationContext first = OutreachInstance.start(kafka, database, smtp.host(), smtp.port(), settings);
        try (var events = new KafkaTestClient(kafka)) {
            for (int i = 0; i < PARTNERS; i++) {
                events.send(EventEnvelope.of(request(campaignId, i), "/demarche/campaigns", CLOCK.instant(), null));
            }
        }

        await("some of the batch sent").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                .until(() -> ours(smtp.receivedMessages()).size() >= 100);
        first.close();

        int beforeRestart = ours(smtp.receivedMessages()).size();
        assertThat(beforeRestart).as("stopped in the middle of the batch").isLessThan(PARTNERS);
        JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(database.jdbcUrl(), database.username(),
                database.password()));
        assertThat(count(jdbc, "status = 'sent'")).as("every accepted message was recorded as sent before stopping")
                .isEqualTo(beforeRestart);
        assertThat(count(jdbc, "status = 'sending'")).as("nothing is left claimed by the stopped sender").isZero();

        ConfigurableApplicationContext second = OutreachInstance.start(kafka, database, smtp.host(), smtp.port(), settings);
        try {
            await("the whole batch sent").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100))
                    .until(() -> ours(smtp.receivedMessages()).size() >= PARTNERS);
            Map<String, Integer> announced = ResponsesTopic.countPerPartner(kafka, campaignId, EmailSent.class,
                    EmailSent::partnerId, counts -> counts.size() >= PARTNERS, Duration.ofSeconds(60));

            Map<String, Long> perRecipient = ours(smtp.receivedMessages()).stream()
                    .collect(Collectors.groupingBy(ReceivedMail::recipient, Collectors.counting()));
            assertThat(perRecipient).as("every partner got one email, none lost").hasSize(PARTNERS);
            assertThat(perRecipient.values()).as("and none twice").containsOnly(1L);
            assertThat(count(jdbc, "status = 'sent'")).isEqualTo(PARTNERS);
            assertThat(announced).hasSize(PARTNERS);
            assertThat(announced.values()).as("one EmailSent per partner").containsOnly(1);
        } finally {
            second.close();
        }
    }

    private static List<ReceivedMail> ours(List<MimeMessage> received) {
        return received.stream().map(ReceivedMail::new).filter(mail -> mail.recipient().endsWith(DOMAIN)).toList();
    }

    private static int count(JdbcClient jdbc, String condition) {
        return jdbc.sql("SELECT COUNT(*) FROM outbound_message WHERE recipient LIKE :domain AND " + condition)
                .param("domain", "%" + DOMAIN).query(Integer.class).single();
    }

    private static SignOnRequested request(UUID campaignId, int partner) {
        Instant deadline = CLOCK.instant().plus(Duration.ofDays(7));
        return new SignOnRequested(campaignId, "partner-" + partner, "Organisation " + partner, "Contact " + partner,
                "partner-" + partner + DOMAIN, List.of("en", "fr", "ru", "az").get(partner % 4), "Asia/Baku",
                "Open letter on political prisoners", 1, "Dear President,\n\nWe write to you…", deadline,
                deadline.plus(Duration.ofDays(3)), "Europe/Paris", "coordinators@example.org", "AZ");
    }
}
