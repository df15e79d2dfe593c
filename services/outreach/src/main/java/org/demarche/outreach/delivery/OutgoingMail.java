package org.demarche.outreach.delivery;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A message to queue.
 *
 * @param key          what makes it unique
 * @param draftVersion the draft version it carries or points to
 * @param recipient    the address it goes to
 * @param replyTo      where replies go; optional
 * @param content      subject, text and HTML
 * @param attachment   a file sent with it; optional
 * @param notBefore    not sent before this moment (quiet hours); optional
 */
public record OutgoingMail(MessageKey key, int draftVersion, String recipient, String replyTo, MailContent content,
                           Attachment attachment, Instant notBefore) {

    public OutgoingMail {
        requireNonNull(key, "key is required");
        requireNonNull(recipient, "recipient is required");
        requireNonNull(content, "content is required");
    }

    public static OutgoingMail to(MessageKey key, int draftVersion, String recipient, MailContent content) {
        return new OutgoingMail(key, draftVersion, recipient, null, content, null, null);
    }

    public OutgoingMail replyTo(String address) {
        return new OutgoingMail(key, draftVersion, recipient, address, content, attachment, notBefore);
    }

    public OutgoingMail with(Attachment file) {
        return new OutgoingMail(key, draftVersion, recipient, replyTo, content, file, notBefore);
    }

    public OutgoingMail notBefore(Instant moment) {
        return new OutgoingMail(key, draftVersion, recipient, replyTo, content, attachment, moment);
    }
}
