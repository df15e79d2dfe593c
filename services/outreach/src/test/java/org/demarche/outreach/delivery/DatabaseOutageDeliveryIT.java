package org.demarche.outreach.delivery;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.demarche.events.response.EmailSent;
import org.demarche.outreach.OutreachInstance;
import org.demarche.outreach.ResponsesTopic;
import org.demarche.outreach.delivery.ScriptedSmtpServer.Hold;
import org.demarche.outreach.delivery.ScriptedSmtpServer.Taken;
import org.demarche.testsupport.KafkaEndpoint;
import org.demarche.testsupport.RealInfrastructure;
import org.demarche.testsupport.TcpProxy;
import org.demarche.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * PostgreSQL goes away (the test cuts outreach's connections to it) after the SMTP server has
 * accepted a batch and before the sender could record it, then comes back. The outcome must be
 * recorded then: dropped, the batch's claims would lapse and its partners be emailed twice; and
 * the sender must go on with the queue, not die with the failed transaction.
 *
 * <p>One sender, so that the messages after the cut batch are sent by the thread that met the
 * outage or not at all. The SMTP server's hold, not the sender's speed, puts the cut inside a batch.
 */
@RealInfrastructure
class DatabaseOutageDeliveryIT {

    private static final int PARTNERS = 15;
    private static final int BATCH_SIZE = 5;
    private static final int ANSWERED_BEFORE_THE_HOLD = 3;
    private static final Duration WAIT = Duration.ofSeconds(45);
    private static final Duration POLL = Duration.ofMillis(50);

    @Test
    void recordsTheBatchTheServerAcceptedWhileTheDatabaseWasAwayAndGoesOnSending(KafkaEndpoint kafka,
                                                                                  TestDatabase database) throws Exception {
        UUID campaignId = UUID.randomUUID();
        QueueState queue = new QueueState(database, campaignId);
        URI postgres = URI.create(database.jdbcUrl().substring("jdbc:".length()));
        try (var proxy = TcpProxy.to(postgres.getHost(), postgres.getPort());
             var server = new ScriptedSmtpServer(ScriptedSmtpServer.ACCEPT_EVERYONE)) {
            Map<String, Object> settings = Map.of(
                    "spring.datasource.url", database.jdbcUrl()
                            .replace(postgres.getHost() + ":" + postgres.getPort(), "127.0.0.1:" + proxy.port()),
                    // a recording attempt fails within a second of the cut, not the service's 5 s
                    "spring.datasource.hikari.connection-timeout", 1000,
                    "demarche.outreach.delivery.batch-size", BATCH_SIZE,
                    "demarche.outreach.delivery.connections", 1,
                    // the server holds its answer for as long as the test needs: the sender must not give up on it
                    "spring.mail.properties.mail.smtp.timeout", WAIT.toMillis());
            Hold hold = server.holdAfter(ANSWERED_BEFORE_THE_HOLD);
            ConfigurableApplicationContext outreach = OutreachInstance.start(kafka, database, "127.0.0.1",
                    server.port(), settings);
            try {
                MailSenders senders = outreach.getBean(MailSenders.class);
                SignOnBatch.send(kafka, SignOnBatch.requests(campaignId, "outage.example.org", PARTNERS));
                await("every request queued and the server holding a message").atMost(WAIT).pollInterval(POLL)
                        .until(() -> queue.queued() == PARTNERS && !hold.held().isEmpty());

                proxy.cut();
                hold.answer();
                await("the sender failing to record its batch").atMost(WAIT).pollInterval(POLL)
                        .until(() -> senders.failedRecordings() > 0);
                assertThat(server.acceptedMessages()).as("the server took the held message while the database was away")
                        .hasSizeGreaterThan(ANSWERED_BEFORE_THE_HOLD);
                proxy.restore();

                await("every message recorded as sent").atMost(WAIT).pollInterval(POLL)
                        .until(() -> queue.byStatus().equals(Map.of("sent", PARTNERS)));
                // every EmailSent the topic holds: one the relay sent again (its publication unrecorded while
                // the database was away) comes twice under one event id, and consumers take it once
                Map<String, List<UUID>> announced = ResponsesTopic.idsPerPartner(kafka, campaignId, EmailSent.class,
                        EmailSent::partnerId, ids -> ids.size() >= PARTNERS, WAIT);

                Map<String, Long> perRecipient = server.acceptedMessages().stream()
                        .collect(groupingBy(Taken::recipient, counting()));
                assertThat(perRecipient).as("every partner got an email, the later batches too").hasSize(PARTNERS);
                assertThat(perRecipient.values()).as("and none twice").containsOnly(1L);
                SignOnBatch.assertOneEmailSentPerPartner(announced, PARTNERS);
            } finally {
                hold.answer();
                outreach.close();
            }
        }
    }
}
