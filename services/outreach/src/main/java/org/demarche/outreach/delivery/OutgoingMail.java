package org.demarche.outreach.delivery;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A message to queue.
 *
 * @param key            what makes it unique; its Message-ID is derived from it
 * @param draftVersion   the draft version it carries or points to
 * @param recipient      the address it goes to
 * @param replyTo        where replies go: a person of the coalition (partnermail's ReplyAddress); optional
 * @param content        subject, text and HTML
 * @param attachment     a file sent with it; optional
 * @param notBefore      not sent before this moment (quiet hours); optional
 * @param inReplyTo      the Message-ID of the message this one follows (a reminder follows the request); optional
 * @param unsubscribeUrl the one-click opt-out address for List-Unsubscribe (RFC 8058); optional
 * @param calendar       an iCalendar file with the deadline and the meeting; optional
 * @param quietZone      the recipient's zone when the message must wait out quiet hours, retries included; optional
 */
public record OutgoingMail(MessageKey key, int draftVersion, String recipient, String replyTo, MailContent content,
                           Attachment attachment, Instant notBefore, String inReplyTo, String unsubscribeUrl,
                           String calendar, String quietZone) {

    public OutgoingMail {
        requireNonNull(key, "key is required");
        requireNonNull(recipient, "recipient is required");
        requireNonNull(content, "content is required");
    }

    public static OutgoingMail to(MessageKey key, int draftVersion, String recipient, MailContent content) {
        return new OutgoingMail(key, draftVersion, recipient, null, content, null, null, null, null, null, null);
    }

    public OutgoingMail replyTo(String address) {
        return new OutgoingMail(key, draftVersion, recipient, address, content, attachment, notBefore, inReplyTo,
                unsubscribeUrl, calendar, quietZone);
    }

    public OutgoingMail with(Attachment file) {
        return new OutgoingMail(key, draftVersion, recipient, replyTo, content, file, notBefore, inReplyTo,
                unsubscribeUrl, calendar, quietZone);
    }

    public OutgoingMail notBefore(Instant moment) {
        return new OutgoingMail(key, draftVersion, recipient, replyTo, content, attachment, moment, inReplyTo,
                unsubscribeUrl, calendar, quietZone);
    }

    public OutgoingMail inReplyTo(String messageId) {
        return new OutgoingMail(key, draftVersion, recipient, replyTo, content, attachment, notBefore, messageId,
                unsubscribeUrl, calendar, quietZone);
    }

    public OutgoingMail unsubscribeAt(String url) {
        return new OutgoingMail(key, draftVersion, recipient, replyTo, content, attachment, notBefore, inReplyTo, url,
                calendar, quietZone);
    }

    public OutgoingMail withCalendar(String ics) {
        return new OutgoingMail(key, draftVersion, recipient, replyTo, content, attachment, notBefore, inReplyTo,
                unsubscribeUrl, ics, quietZone);
    }

    public OutgoingMail quietIn(String zone) {
        return new OutgoingMail(key, draftVersion, recipient, replyTo, content, attachment, notBefore, inReplyTo,
                unsubscribeUrl, calendar, zone);
    }
}
