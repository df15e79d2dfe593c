package org.demarche.campaigns.campaign;

import java.util.Base64;

import org.demarche.events.EventEnvelope;
import org.demarche.events.Topics;
import org.demarche.events.response.PartnerDeclined;
import org.demarche.events.response.PartnerSigned;
import org.demarche.platform.inbox.EventInbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Partners' answers, from outreach. They count while signing is open; after sign-on closes the
 * signatory list is frozen and a late answer changes nothing.
 */
@Component
class ResponsesListener {

    private static final Logger log = LoggerFactory.getLogger(ResponsesListener.class);

    private final EventInbox inbox;
    private final Campaigns campaigns;
    private final Invitations invitations;

    ResponsesListener(EventInbox inbox, Campaigns campaigns, Invitations invitations) {
        this.inbox = inbox;
        this.campaigns = campaigns;
        this.invitations = invitations;
    }

    @KafkaListener(topics = Topics.RESPONSES)
    void on(EventEnvelope<?> event) {
        inbox.applyOnce(event, () -> {
            if (event.payload() instanceof PartnerSigned signed) {
                whileSigningIsOpen(signed.campaignId(), signed.partnerId(), () -> invitations.signed(signed.campaignId(),
                        signed.partnerId(), signed.signatory(), image(signed.signatureImage()), signed.draftVersion(),
                        signed.signedAt()));
            } else if (event.payload() instanceof PartnerDeclined declined) {
                whileSigningIsOpen(declined.campaignId(), declined.partnerId(), () -> invitations.declined(
                        declined.campaignId(), declined.partnerId(), declined.declinedAt()));
            }
        });
    }

    private void whileSigningIsOpen(java.util.UUID campaignId, String partnerId, Runnable answer) {
        var campaign = campaigns.find(campaignId);
        if (campaign.isPresent() && campaign.get().signingOpen()) {
            answer.run();
        } else {
            log.info("Answer of partner {} to campaign {} arrived after signing closed; the letter keeps its signatories",
                    partnerId, campaignId);
        }
    }

    private static byte[] image(String base64) {
        return base64 == null || base64.isBlank() ? null : Base64.getDecoder().decode(base64);
    }
}
