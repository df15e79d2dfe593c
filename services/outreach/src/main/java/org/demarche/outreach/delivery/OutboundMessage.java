package org.demarche.outreach.delivery;

import java.util.UUID;

/**
 * One message to one partner, identified by what it is for: campaign, partner, kind and the
 * draft version it carries.
 */
public record OutboundMessage(UUID id, UUID campaignId, String partnerId, String kind, int draftVersion,
                              String recipient, MailContent content, int attempts) {
}
