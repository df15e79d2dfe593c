package org.demarche.events.response;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;

import org.demarche.events.DemarcheEvent;

/**
 * The mail server accepted an email for a partner.
 *
 * @param kind      {@code sign-on-request}, {@code reminder}, {@code final-letter} or {@code confirmation}
 * @param messageId the Message-ID header of the email
 */
public record EmailSent(UUID campaignId, String partnerId, String kind, String messageId, Instant sentAt)
        implements DemarcheEvent {

    public EmailSent {
        requireNonNull(campaignId, "campaignId is required");
        requireNonNull(partnerId, "partnerId is required");
        requireNonNull(kind, "kind is required");
        requireNonNull(messageId, "messageId is required");
        requireNonNull(sentAt, "sentAt is required");
    }

    @Override
    public String partitionKey() {
        return campaignId.toString();
    }
}
