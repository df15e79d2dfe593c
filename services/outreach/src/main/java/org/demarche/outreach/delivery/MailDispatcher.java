package org.demarche.outreach.delivery;

import java.time.Clock;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMultipart;
import org.demarche.events.response.EmailFailed;
import org.demarche.events.response.EmailSent;
import org.demarche.outreach.OutreachProperties;
import org.demarche.platform.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends queued messages through the configured SMTP server and records each outcome with its
 * event. A message is marked sent only after the server accepted it.
 */
@Component
class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    private static final int BATCH = 50;
    private static final int MAX_ATTEMPTS = 5;

    private final OutboundMessages messages;
    private final JavaMailSender mail;
    private final Outbox outbox;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final OutreachProperties properties;

    MailDispatcher(OutboundMessages messages, JavaMailSender mail, Outbox outbox, TransactionTemplate transactions,
                   Clock clock, OutreachProperties properties) {
        this.messages = messages;
        this.mail = mail;
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${demarche.outreach.dispatch-interval:500ms}")
    void dispatchPending() {
        for (OutboundMessage message : messages.due(clock.instant(), BATCH)) {
            dispatch(message);
        }
    }

    /**
     * Attaches the file in base64 whatever its bytes: a PDF can be plain ASCII, and sent as 7bit
     * its line ends would be rewritten on the way, which breaks the PDF's byte offsets.
     */
    private static void attach(MimeMessageHelper helper, Attachment file) throws MessagingException {
        helper.addAttachment(file.filename(), new ByteArrayResource(file.content()), file.contentType());
        MimeMultipart root = helper.getRootMimeMultipart();
        root.getBodyPart(root.getCount() - 1).setHeader("Content-Transfer-Encoding", "base64");
    }

    private void dispatch(OutboundMessage message) {
        String messageId = "<" + message.id() + "@demarche>";
        try {
            mail.send(mime -> {
                var helper = new MimeMessageHelper(mime, true, "UTF-8");
                helper.setFrom(new InternetAddress(properties.sender(), true));
                helper.setTo(message.recipient());
                if (message.replyTo() != null) {
                    helper.setReplyTo(message.replyTo());
                }
                helper.setSubject(message.content().subject());
                helper.setText(message.content().text(), message.content().html());
                if (message.hasAttachment()) {
                    attach(helper, messages.attachmentOf(message.id()).orElseThrow());
                }
                mime.setHeader("Message-ID", messageId);
            });
        } catch (MailException e) {
            boolean givenUp = message.attempts() + 1 >= MAX_ATTEMPTS;
            log.warn("Email {} to partner {} failed (attempt {}): {}", message.kind(), message.partnerId(),
                    message.attempts() + 1, e.getMessage());
            transactions.executeWithoutResult(status -> {
                messages.markAttemptFailed(message.id(), e.getMessage(), givenUp);
                if (givenUp) {
                    outbox.publish(new EmailFailed(message.campaignId(), message.partnerId(), message.kind(),
                            String.valueOf(e.getMessage()), true, clock.instant()));
                }
            });
            return;
        }
        transactions.executeWithoutResult(status -> {
            messages.markSent(message.id(), clock.instant());
            outbox.publish(new EmailSent(message.campaignId(), message.partnerId(), message.kind(), messageId,
                    clock.instant()));
        });
    }
}
