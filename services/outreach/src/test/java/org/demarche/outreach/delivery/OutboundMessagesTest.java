package org.demarche.outreach.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.demarche.outreach.H2Database;
import org.demarche.outreach.Wording;
import org.demarche.platform.tracing.TraceContexts;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The queue's rules, on H2 in PostgreSQL mode (the integration tests run them on PostgreSQL). */
class OutboundMessagesTest {

    private static final Instant NOW = Instant.parse("2018-07-11T09:00:00Z");
    private static final MailContent CONTENT = new MailContent("Subject", "text", "<p>html</p>");

    private final DataSource database = H2Database.migrated();
    private final MessageIds ids = new MessageIds(Wording.properties("none", "a-secret-of-thirty-two-bytes-at-least!"));
    private final DeliverySignal signal = new DeliverySignal();
    private final OutboundMessages messages = new OutboundMessages(JdbcClient.create(database),
            new NamedParameterJdbcTemplate(database), ids, TraceContexts.none(), signal, Duration.ZERO);
    private final UUID campaign = UUID.randomUUID();

    @Test
    void queuesOneMessagePerKey() {
        var key = MessageKey.signOnRequest(campaign, "hrc-baku", 1);

        messages.enqueue(OutgoingMail.to(key, 1, "rasul@hrc.example.org", CONTENT), NOW);
        messages.enqueue(OutgoingMail.to(key, 1, "rasul@hrc.example.org", CONTENT), NOW);
        messages.enqueue(OutgoingMail.to(MessageKey.signOnRequest(campaign, "hrc-baku", 2), 2,
                "rasul@hrc.example.org", CONTENT), NOW);

        assertThat(messages.due(NOW, 10)).extracting(OutboundMessage::draftVersion).containsExactlyInAnyOrder(1, 2);
    }

    @Test
    void writesWhatATransactionQueuesWhenItCommitsAndWakesTheSendersThen() {
        var transactions = new TransactionTemplate(new JdbcTransactionManager(database));
        var first = MessageKey.signOnRequest(campaign, "first", 1);
        long before = signal.generation();

        transactions.executeWithoutResult(status -> {
            messages.enqueue(OutgoingMail.to(first, 1, "first@x.org", CONTENT), NOW);
            messages.enqueue(OutgoingMail.to(first, 1, "first@x.org", CONTENT), NOW); // a repeat, as before: one row
            assertThat(messages.exists(first)).as("seen by the transaction's next look at the queue").isTrue();
            messages.enqueue(OutgoingMail.to(MessageKey.signOnRequest(campaign, "second", 1), 1, "s@x.org", CONTENT), NOW);
            assertThat(signal.generation()).as("not before the messages are there to send").isEqualTo(before);
        });

        assertThat(messages.due(NOW, 10)).extracting(OutboundMessage::partnerId)
                .containsExactlyInAnyOrder("first", "second");
        assertThat(signal.generation()).isGreaterThan(before);
    }

    @Test
    void keepsNothingATransactionQueuedIfItRollsBack() {
        var transactions = new TransactionTemplate(new JdbcTransactionManager(database));

        transactions.executeWithoutResult(status -> {
            messages.enqueue(OutgoingMail.to(MessageKey.signOnRequest(campaign, "gone", 1), 1, "g@x.org", CONTENT), NOW);
            status.setRollbackOnly();
        });

        assertThat(messages.due(NOW, 10)).isEmpty();
        assertThat(messages.exists(MessageKey.signOnRequest(campaign, "gone", 1))).isFalse();
    }

    @Test
    void tellsRemindersApartByTheirNumberWhateverTheDraft() {
        messages.enqueue(OutgoingMail.to(MessageKey.reminder(campaign, "hrc-baku", 1), 1, "r@x.org", CONTENT), NOW);
        messages.enqueue(OutgoingMail.to(MessageKey.reminder(campaign, "hrc-baku", 1), 2, "r@x.org", CONTENT), NOW);
        messages.enqueue(OutgoingMail.to(MessageKey.reminder(campaign, "hrc-baku", 2), 2, "r@x.org", CONTENT), NOW);

        assertThat(messages.due(NOW, 10)).extracting(OutboundMessage::draftVersion).as("the second draft's first reminder is a repeat")
                .containsExactlyInAnyOrder(1, 2);
    }

    @Test
    void holdsAMessageUntilItsMoment() {
        var later = NOW.plusSeconds(3600);
        messages.enqueue(OutgoingMail.to(MessageKey.reminder(campaign, "hrc-baku", 1), 1, "r@x.org", CONTENT)
                .notBefore(later), NOW);

        assertThat(messages.due(NOW, 10)).isEmpty();
        assertThat(messages.due(later, 10)).hasSize(1);
    }

    @Test
    void keepsTheAttachmentWithTheMessage() {
        byte[] pdf = "%PDF-1.7 letter".getBytes();
        var key = MessageKey.finalLetter(campaign, "rasul@hrc.example.org", 3);
        messages.enqueue(OutgoingMail.to(key, 3, "rasul@hrc.example.org", CONTENT)
                .with(new Attachment("Letter.pdf", "application/pdf", pdf)).replyTo("lead@example.org"), NOW);

        OutboundMessage queued = messages.due(NOW, 10).get(0);

        assertThat(queued.hasAttachment()).isTrue();
        assertThat(queued.replyTo()).isEqualTo("lead@example.org");
        assertThat(messages.attachmentOf(queued.id())).hasValueSatisfying(attachment -> {
            assertThat(attachment.filename()).isEqualTo("Letter.pdf");
            assertThat(attachment.contentType()).isEqualTo("application/pdf");
            assertThat(attachment.content()).isEqualTo(pdf);
        });
        assertThat(messages.exists(key)).isTrue();
    }

    @Test
    void withdrawsPendingMessagesOfAKindOnly() {
        messages.enqueue(OutgoingMail.to(MessageKey.reminder(campaign, "hrc-baku", 1), 1, "r@x.org", CONTENT), NOW);
        messages.enqueue(OutgoingMail.to(MessageKey.signOnRequest(campaign, "hrc-baku", 1), 1, "r@x.org", CONTENT), NOW);

        assertThat(messages.cancelPending(campaign, "hrc-baku", MessageKey.REMINDER)).isEqualTo(1);

        assertThat(messages.due(NOW, 10)).extracting(OutboundMessage::kind).containsExactly(MessageKey.SIGN_ON_REQUEST);
    }

    @Test
    void claimsDueMessagesOnceUntilTheClaimLapses() {
        messages.enqueue(OutgoingMail.to(MessageKey.signOnRequest(campaign, "a", 1), 1, "a@x.org", CONTENT), NOW);
        messages.enqueue(OutgoingMail.to(MessageKey.signOnRequest(campaign, "b", 1), 1, "b@x.org", CONTENT), NOW);
        Instant claimedUntil = NOW.plusSeconds(300);

        assertThat(messages.claimDue(NOW, 10, claimedUntil)).extracting(OutboundMessage::partnerId)
                .containsExactlyInAnyOrder("a", "b");
        assertThat(messages.claimDue(NOW, 10, claimedUntil)).as("claimed by another sender").isEmpty();
        assertThat(messages.claimDue(claimedUntil, 10, claimedUntil.plusSeconds(300)))
                .as("a sender that died leaves its claims to lapse").hasSize(2);
    }

    @Test
    void claimsLapsedClaimsFirstThenTheOldestWaitingUpToTheLimit() {
        messages.enqueue(OutgoingMail.to(MessageKey.signOnRequest(campaign, "lapsed", 1), 1, "l@x.org", CONTENT), NOW);
        messages.claimDue(NOW, 10, NOW.plusSeconds(60)); // its sender dies
        for (int minute = 3; minute >= 1; minute--) { // queued newest first
            messages.enqueue(OutgoingMail.to(MessageKey.signOnRequest(campaign, "waiting-" + minute, 1), 1,
                    "w" + minute + "@x.org", CONTENT), NOW.plusSeconds(60L * minute));
        }
        Instant later = NOW.plusSeconds(600);

        assertThat(messages.claimDue(later, 3, later.plusSeconds(300))).extracting(OutboundMessage::partnerId)
                .containsExactly("lapsed", "waiting-1", "waiting-2");
        assertThat(messages.claimDue(later, 3, later.plusSeconds(300))).extracting(OutboundMessage::partnerId)
                .containsExactly("waiting-3");
    }

    @Test
    void recordsEachOutcomeOfABatch() {
        for (String partner : new String[] {"sent", "retried", "failed", "untried"}) {
            messages.enqueue(OutgoingMail.to(MessageKey.signOnRequest(campaign, partner, 1), 1, partner + "@x.org", CONTENT), NOW);
        }
        var claimed = messages.claimDue(NOW, 10, NOW.plusSeconds(300));
        UUID sent = idOf(claimed, "sent");

        assertThat(messages.markSent(java.util.Map.of(sent, NOW))).containsExactly(sent);
        assertThat(messages.markSent(java.util.Map.of(sent, NOW))).as("recorded already: nothing to announce again")
                .isEmpty();
        messages.markRetry(idOf(claimed, "retried"), "421 4.3.2 shutting down", NOW.plusSeconds(30));
        assertThat(messages.markFailed(idOf(claimed, "failed"), "550 5.1.1 user unknown")).isTrue();
        assertThat(messages.markFailed(idOf(claimed, "failed"), "550 5.1.1 user unknown"))
                .as("recorded already: nothing to announce again").isFalse();
        messages.markRetry(idOf(claimed, "retried"), "421 4.3.2 shutting down", NOW.plusSeconds(30));
        messages.release(List.of(idOf(claimed, "untried")));

        assertThat(messages.countByStatus(campaign)).containsEntry("sent", 1).containsEntry("failed", 1)
                .containsEntry("pending", 2);
        assertThat(messages.claimDue(NOW, 10, NOW.plusSeconds(300))).extracting(OutboundMessage::partnerId)
                .as("released at once, retried after its back-off").containsExactly("untried");
        assertThat(messages.claimDue(NOW.plusSeconds(30), 10, NOW.plusSeconds(400))).singleElement()
                .satisfies(retried -> assertThat(retried.attempts()).isEqualTo(1));
    }

    @Test
    void derivesTheMessageIdFromTheKeyOnTheSendersDomain() {
        var key = MessageKey.signOnRequest(campaign, "hrc-baku", 1);
        messages.enqueue(OutgoingMail.to(key, 1, "r@x.org", CONTENT), NOW);

        String messageId = messages.due(NOW, 1).get(0).messageId();

        assertThat(messageId).isEqualTo(ids.of(key)).startsWith("<sign-on-request.draft-1.")
                .endsWith("@demarche.example.org>");
        assertThat(ids.of(MessageKey.signOnRequest(campaign, "hrc-baku", 2))).isNotEqualTo(messageId);
        assertThat(messages.latest(campaign, "hrc-baku", MessageKey.SIGN_ON_REQUEST)).hasValueSatisfying(latest -> {
            assertThat(latest.messageId()).isEqualTo(messageId);
            assertThat(latest.sent()).isFalse();
        });
    }

    @Test
    void supersedesOlderRequestsButNotTheOneAboutToBeQueued() {
        messages.enqueue(OutgoingMail.to(MessageKey.signOnRequest(campaign, "hrc-baku", 1), 1, "r@x.org", CONTENT), NOW);
        messages.enqueue(OutgoingMail.to(MessageKey.signOnRequest(campaign, "hrc-baku", 2), 2, "r@x.org", CONTENT), NOW);

        assertThat(messages.cancelPendingExcept(MessageKey.signOnRequest(campaign, "hrc-baku", 2))).isEqualTo(1);

        assertThat(messages.due(NOW, 10)).extracting(OutboundMessage::draftVersion).containsExactly(2);
    }

    private static UUID idOf(List<OutboundMessage> claimed, String partner) {
        return claimed.stream().filter(m -> m.partnerId().equals(partner)).findFirst().orElseThrow().id();
    }
}
