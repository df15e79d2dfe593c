package org.demarche.outreach.delivery;

import java.util.UUID;

/**
 * One queued message to one partner, identified by what it is for: campaign, partner, kind and
 * occasion (the draft version or the reminder number), as the sending side reads it.
 *
 * @param messageId     its Message-ID header, derived from the key
 * @param hasAttachment whether a file waits in the row to be sent with it (read only when sent)
 * @param attempts      attempts made before this one
 * @param traceParent   the W3C traceparent of the work that queued it; null for messages queued before tracing
 */
record OutboundMessage(UUID id, UUID campaignId, String partnerId, String kind, int draftVersion,
                       String recipient, String replyTo, MailContent content, boolean hasAttachment, int attempts,
                       String messageId, String inReplyTo, String unsubscribeUrl, String calendar, String quietZone,
                       String traceParent) {
}
