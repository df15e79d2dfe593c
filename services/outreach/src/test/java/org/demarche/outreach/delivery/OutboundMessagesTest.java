package org.demarche.outreach.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.demarche.outreach.H2Database;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The queue's rules, on H2 in PostgreSQL mode (the integration tests run them on PostgreSQL). */
class OutboundMessagesTest {

    private static final Instant NOW = Instant.parse("2018-07-11T09:00:00Z");
    private static final MailContent CONTENT = new MailContent("Subject", "text", "<p>html</p>");

    private final OutboundMessages messages = new OutboundMessages(JdbcClient.create(H2Database.migrated()));
    private final UUID campaign = UUID.randomUUID();

    @Test
    void queuesOneMessagePerKey() {
        var key = MessageKey.signOnRequest(campaign, "hrc-baku", 1);

        assertThat(messages.enqueue(OutgoingMail.to(key, 1, "rasul@hrc.example.org", CONTENT), NOW)).isTrue();
        assertThat(messages.enqueue(OutgoingMail.to(key, 1, "rasul@hrc.example.org", CONTENT), NOW)).isFalse();
        assertThat(messages.enqueue(OutgoingMail.to(MessageKey.signOnRequest(campaign, "hrc-baku", 2), 2,
                "rasul@hrc.example.org", CONTENT), NOW)).isTrue();
        assertThat(messages.due(NOW, 10)).hasSize(2);
    }

    @Test
    void tellsRemindersApartByTheirNumberWhateverTheDraft() {
        assertThat(messages.enqueue(OutgoingMail.to(MessageKey.reminder(campaign, "hrc-baku", 1), 1, "r@x.org", CONTENT), NOW))
                .isTrue();
        assertThat(messages.enqueue(OutgoingMail.to(MessageKey.reminder(campaign, "hrc-baku", 1), 2, "r@x.org", CONTENT), NOW))
                .isFalse();
        assertThat(messages.enqueue(OutgoingMail.to(MessageKey.reminder(campaign, "hrc-baku", 2), 2, "r@x.org", CONTENT), NOW))
                .isTrue();
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
}
