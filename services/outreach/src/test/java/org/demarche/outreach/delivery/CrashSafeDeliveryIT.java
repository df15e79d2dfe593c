package org.demarche.outreach.delivery;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.demarche.events.response.EmailSent;
import org.demarche.outreach.OutreachInstance;
import org.demarche.outreach.ResponsesTopic;
import org.demarche.outreach.delivery.ScriptedSmtpServer.Hold;
import org.demarche.outreach.delivery.ScriptedSmtpServer.Taken;
import org.demarche.testsupport.KafkaEndpoint;
import org.demarche.testsupport.RealInfrastructure;
import org.demarche.testsupport.ServiceJvm;
import org.demarche.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A batch of sign-on requests; outreach is stopped (its context closed) or killed ({@code kill -9}
 * of its own JVM) while it is sending them, then started again on the same database and broker.
 *
 * <p>Where in the batch the stop or the kill falls is decided by the SMTP server, not by how fast
 * outreach sends: the server answers the first {@value #ANSWERED_BEFORE_THE_HOLD} messages and
 * holds every later one, read to its end but not answered, until the test has stopped or killed
 * outreach. Each sender is then waiting for the answer to a message it has wholly sent.
 */
@RealInfrastructure
class CrashSafeDeliveryIT {

    private static final int PARTNERS = 300;
    private static final int ANSWERED_BEFORE_THE_HOLD = 100;
    private static final int BATCH_SIZE = 20;
    private static final int CONNECTIONS = 2;
    private static final Duration WAIT = Duration.ofSeconds(180);
    private static final Duration POLL = Duration.ofMillis(50);
    private static final Clock CLOCK = Clock.systemUTC();

    /**
     * A stop lets each sender finish the message in hand, record its batch and hand back the rest.
     * The held messages are answered once the senders have been told to stop, so each sender's
     * last message is accepted while it stops; nothing may go twice.
     */
    @Test
    void everyPartnerGetsExactlyOneEmailAcrossAStopWhileTheServerHoldsAMessage(KafkaEndpoint kafka,
                                                                               TestDatabase database) throws Exception {
        UUID campaignId = UUID.randomUUID();
        String domain = "@stopped.example.org";
        // the server holds its answer for as long as the test needs: a sender must not give up waiting for it
        Map<String, Object> settings = Map.of("demarche.outreach.delivery.batch-size", BATCH_SIZE,
                "demarche.outreach.delivery.connections", CONNECTIONS,
                "spring.mail.properties.mail.smtp.timeout", WAIT.toMillis());
        QueueState queue = new QueueState(database, campaignId);
        try (var server = new ScriptedSmtpServer(ScriptedSmtpServer.ACCEPT_EVERYONE)) {
            Hold hold = server.holdAfter(ANSWERED_BEFORE_THE_HOLD);
            ConfigurableApplicationContext first = OutreachInstance.start(kafka, database, "127.0.0.1", server.port(),
                    settings);
            try {
                MailSenders senders = first.getBean(MailSenders.class);
                SignOnBatch.send(kafka, SignOnBatch.of(campaignId, domain, PARTNERS));
                await("the server holding a message").atMost(WAIT).pollInterval(POLL)
                        .until(() -> !hold.held().isEmpty());

                CompletableFuture<Void> stopping = CompletableFuture.runAsync(first::close);
                await("the senders told to stop").atMost(WAIT).pollInterval(POLL).until(() -> !senders.isRunning());
                hold.answer();
                stopping.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            } finally {
                hold.answer();
                first.close(); // done already, unless the test failed before
            }

            List<Taken> beforeRestart = server.acceptedMessages();
            assertThat(beforeRestart).as("the answered messages, plus at most the one in hand per sender")
                    .hasSizeBetween(ANSWERED_BEFORE_THE_HOLD + 1, ANSWERED_BEFORE_THE_HOLD + CONNECTIONS);
            assertThat(queue.recipients("sent")).as("every accepted message recorded as sent before stopping")
                    .containsExactlyInAnyOrderElementsOf(Taken.recipients(beforeRestart));
            assertThat(queue.byStatus()).as("nothing left claimed by the stopped senders").doesNotContainKey("sending");

            ConfigurableApplicationContext second = OutreachInstance.start(kafka, database, "127.0.0.1",
                    server.port(), settings);
            try {
                await("the whole batch sent").atMost(WAIT).pollInterval(POLL)
                        .until(() -> server.acceptedMessages().size() >= PARTNERS && queue.byStatus()
                                .equals(Map.of("sent", PARTNERS)));
                Map<String, List<UUID>> announced = ResponsesTopic.idsPerPartner(kafka, campaignId, EmailSent.class,
                        EmailSent::partnerId, ids -> ids.size() >= PARTNERS, WAIT);

                Map<String, Long> perRecipient = server.acceptedMessages().stream()
                        .collect(groupingBy(Taken::recipient, counting()));
                assertThat(perRecipient).as("every partner got an email").hasSize(PARTNERS);
                assertThat(perRecipient.values()).as("and none twice").containsOnly(1L);
                SignOnBatch.assertOneEmailSentPerPartner(announced, PARTNERS);
            } finally {
                second.close();
            }
        }
    }

    /**
     * A kill gives no sender the chance to record the message in hand: a sender hands over the
     * outcome of one message before it sends the next, and waits for it to be stored before it hands
     * over another, so what the server took and nobody recorded is, per sender, at most the message
     * it holds and the one before, whose record was being committed. Those are still claimed in
     * the database; once the claims lapse, the restarted outreach sends them again under the same
     * Message-ID. The held message counts as delivered: a real server may have delivered a message
     * whose answer never reached the sender (RFC 1047), the worst case for duplicates.
     *
     * <p>So the guarantee is: every partner gets the email, no partner gets two different
     * messages, and the only repeats are the messages the server had taken whose sending was not
     * yet recorded, at most two per sender, whatever the batch size. The test checks exactly that.
     */
    @Test
    void everyPartnerGetsOneMessageAcrossAKillNineWhileTheServerHoldsAMessage(KafkaEndpoint kafka,
                                                                              TestDatabase database) throws Exception {
        UUID campaignId = UUID.randomUUID();
        String domain = "@killed.example.org";
        QueueState queue = new QueueState(database, campaignId);
        try (var server = new ScriptedSmtpServer(ScriptedSmtpServer.ACCEPT_EVERYONE)) {
            Hold hold = server.holdAfter(ANSWERED_BEFORE_THE_HOLD);
            // claims that outlast the first JVM: they lapse when the test says so, not while it sends
            ServiceJvm first = outreach("first", kafka, database, server.port(), Duration.ofHours(1));
            try {
                SignOnBatch.send(kafka, SignOnBatch.of(campaignId, domain, PARTNERS));
                OutreachJvm.awaitWhileAlive(first, WAIT, "the server holding a message and every request queued",
                        () -> !hold.held().isEmpty() && queue.queued() == PARTNERS);
            } finally {
                first.kill();
            }
            hold.hangUp();

            List<Taken> answered = server.acceptedMessages();
            List<Taken> held = hold.held();
            Set<String> recorded = queue.recipients("sent");
            Set<String> claimed = queue.recipients("sending");
            Set<String> taken = new HashSet<>(Taken.recipients(answered));
            taken.addAll(Taken.recipients(held));
            Set<String> takenNotRecorded = new HashSet<>(taken);
            takenNotRecorded.removeAll(recorded);
            assertThat(answered).as("the server answered exactly the messages before the hold")
                    .hasSize(ANSWERED_BEFORE_THE_HOLD);
            assertThat(held).as("at most one message in hand per sender").hasSizeBetween(1, CONNECTIONS);
            assertThat(taken).as("recorded as sent only once the server accepted it").containsAll(recorded);
            assertThat(claimed).as("what the server took unrecorded is still claimed, to be sent again")
                    .containsAll(takenNotRecorded);
            assertThat(takenNotRecorded)
                    .as("at most two messages of each sender").hasSizeLessThanOrEqualTo(2 * CONNECTIONS);

            System.out.printf("[crash-safe] killed with %d answered, %d held, %d recorded as sent, %d claimed; "
                    + "%d taken but not recorded%n", answered.size(), held.size(), recorded.size(), claimed.size(),
                    takenNotRecorded.size());

            queue.lapseClaims(CLOCK.instant());
            ServiceJvm second = outreach("second", kafka, database, server.port(), Duration.ofMinutes(5));
            try {
                OutreachJvm.awaitWhileAlive(second, WAIT, "the whole batch sent after the restart",
                        () -> queue.byStatus().equals(Map.of("sent", PARTNERS)));
                Map<String, List<UUID>> announced = ResponsesTopic.idsPerPartner(kafka, campaignId, EmailSent.class,
                        EmailSent::partnerId, ids -> ids.size() >= PARTNERS, WAIT);

                List<Taken> delivered = new ArrayList<>(held);
                delivered.addAll(server.acceptedMessages());
                Map<String, Set<String>> messageIds = delivered.stream()
                        .collect(groupingBy(Taken::recipient, mapping(Taken::messageId, toSet())));
                assertThat(messageIds).as("every partner got the email").hasSize(PARTNERS);
                assertThat(messageIds.values()).as("no partner two different messages").allSatisfy(ids ->
                        assertThat(ids).hasSize(1));
                Map<String, Long> copies = delivered.stream().collect(groupingBy(Taken::recipient, counting()));
                Map<String, Long> expected = new HashMap<>();
                messageIds.keySet().forEach(recipient -> expected.put(recipient,
                        takenNotRecorded.contains(recipient) ? 2L : 1L));
                assertThat(copies).as("twice exactly what the server had taken and outreach had not recorded")
                        .isEqualTo(expected);
                SignOnBatch.assertOneEmailSentPerPartner(announced, PARTNERS);
            } finally {
                OutreachJvm.stop(second);
            }
        }
    }

    private static ServiceJvm outreach(String name, KafkaEndpoint kafka, TestDatabase database, int smtpPort,
                                       Duration claimTimeout) {
        return OutreachJvm.start("crash-safe-delivery", name, kafka, database, smtpPort, BATCH_SIZE, CONNECTIONS,
                claimTimeout, WAIT);
    }
}
