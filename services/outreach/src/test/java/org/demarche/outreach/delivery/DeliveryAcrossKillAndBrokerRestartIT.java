package org.demarche.outreach.delivery;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.demarche.broker.KafkaCluster;
import org.demarche.events.response.EmailSent;
import org.demarche.outreach.ResponsesTopic;
import org.demarche.outreach.delivery.ScriptedSmtpServer.Hold;
import org.demarche.outreach.delivery.ScriptedSmtpServer.Taken;
import org.demarche.testsupport.KafkaBrokerProcesses;
import org.demarche.testsupport.KafkaEndpoint;
import org.demarche.testsupport.RealInfrastructure;
import org.demarche.testsupport.ServiceJvm;
import org.demarche.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The small chaos case of {@code ./mvnw verify} ({@code infra/bench/run chaos} is the large one):
 * outreach is killed ({@code kill -9}) in the middle of a batch, started again, and its Kafka
 * broker, a real broker process, is killed and started again while it sends; every partner still
 * gets the email exactly once, as the SMTP server records it.
 *
 * <p>The test, not the machine's speed, decides where the kill falls: the server answers the first
 * {@value #ANSWERED_BEFORE_THE_KILL} messages and then holds each sender's next one, read to its
 * end but not answered, until outreach is dead; then it hangs up on them. A message the server
 * never answered is not delivered (RFC 5321: the server takes it over with its {@code 250}), so
 * it must go again, once. With {@code batch-size=1} each sender has its message recorded before
 * it claims the next, so at the kill nothing is both accepted and unrecorded: the case where that
 * is not so, and a message may arrive twice under one Message-ID, is
 * {@link CrashSafeDeliveryIT}'s.
 *
 * <p>The second half of the batch is published only once the broker is back: the restarted
 * outreach must find the broker again, its topic and its group's offsets intact.
 */
@RealInfrastructure
class DeliveryAcrossKillAndBrokerRestartIT {

    private static final int PARTNERS = 60;
    private static final int FIRST_HALF = 40;
    private static final int ANSWERED_BEFORE_THE_KILL = 15;
    /** Sent by the restarted outreach before the broker is killed. */
    private static final int SENT_BEFORE_THE_BROKER_GOES = ANSWERED_BEFORE_THE_KILL + 5;
    private static final int CONNECTIONS = 2;
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final Clock CLOCK = Clock.systemUTC();

    @TempDir
    Path brokerDir;

    @Test
    void everyPartnerGetsTheEmailOnceAcrossAKillNineOfOutreachAndABrokerRestart(TestDatabase database)
            throws Exception {
        UUID campaignId = UUID.randomUUID();
        String domain = "@chaos.example.org";
        QueueState queue = new QueueState(database, campaignId);
        try (KafkaCluster broker = KafkaBrokerProcesses.start(1, brokerDir);
             var server = new ScriptedSmtpServer(ScriptedSmtpServer.ACCEPT_EVERYONE)) {
            KafkaEndpoint kafka = KafkaBrokerProcesses.endpoint(broker);
            Hold hold = server.holdAfter(ANSWERED_BEFORE_THE_KILL);
            ServiceJvm first = outreach("first", kafka, database, server.port(), Duration.ofHours(1));
            try {
                SignOnBatch.send(kafka, SignOnBatch.of(campaignId, domain, 0, FIRST_HALF));
                OutreachJvm.awaitWhileAlive(first, WAIT, "every sender holding a message, every answered one recorded",
                        () -> hold.held().size() == CONNECTIONS
                                && queue.recipients("sent").size() == ANSWERED_BEFORE_THE_KILL);
            } finally {
                first.kill();
            }
            hold.hangUp();
            assertThat(queue.recipients("sent")).as("recorded as sent: exactly what the server accepted")
                    .containsExactlyInAnyOrderElementsOf(Taken.recipients(server.acceptedMessages()));
            assertThat(queue.recipients("sending")).as("the held messages, still claimed by the dead senders")
                    .containsExactlyInAnyOrderElementsOf(Taken.recipients(hold.held()));

            queue.lapseClaims(CLOCK.instant()); // as the claim timeout would, when the test says so
            ServiceJvm second = outreach("second", kafka, database, server.port(), Duration.ofMinutes(5));
            try {
                OutreachJvm.awaitWhileAlive(second, WAIT, "the restarted outreach sending",
                        () -> queue.recipients("sent").size() >= SENT_BEFORE_THE_BROKER_GOES);
                broker.kill(1);
                broker.restart(1);
                SignOnBatch.send(kafka, SignOnBatch.of(campaignId, domain, FIRST_HALF, PARTNERS));
                OutreachJvm.awaitWhileAlive(second, WAIT, "the whole batch sent",
                        () -> queue.byStatus().equals(Map.of("sent", PARTNERS)));
                Map<String, List<UUID>> announced = ResponsesTopic.idsPerPartner(kafka, campaignId, EmailSent.class,
                        EmailSent::partnerId, ids -> ids.size() >= PARTNERS, WAIT);

                Map<String, Long> perRecipient = server.acceptedMessages().stream()
                        .collect(groupingBy(Taken::recipient, counting()));
                assertThat(perRecipient).as("every partner got the email").hasSize(PARTNERS);
                assertThat(perRecipient.values()).as("and none twice").containsOnly(1L);
                SignOnBatch.assertOneEmailSentPerPartner(announced, PARTNERS);
            } finally {
                OutreachJvm.stop(second);
            }
        }
    }

    private static ServiceJvm outreach(String name, KafkaEndpoint kafka, TestDatabase database, int smtpPort,
                                       Duration claimTimeout) {
        return OutreachJvm.start("delivery-across-kill-and-broker-restart", name, kafka, database, smtpPort, 1,
                CONNECTIONS, claimTimeout, WAIT);
    }
}
