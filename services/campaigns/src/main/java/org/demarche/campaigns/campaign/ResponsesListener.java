package org.demarche.campaigns.campaign;

import java.util.Base64;

import org.demarche.campaigns.letter.SignatureImage;
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
                whileSigningIsOpen(signed.campaignId(), signed.partnerId(), () -> {
                    SignatureImage.Check image = image(signed.signatureImage());
                    if (image != null && !image.accepted()) {
                        log.warn("Partner {} signed campaign {} with a signature image that was left out: {}",
                                signed.partnerId(), signed.campaignId(), image.refusal());
                    }
                    invitations.signed(signed.campaignId(), signed.partnerId(), signed.signatory(),
                            image == null ? null : image.png(), image == null ? null : image.refusal(),
                            signed.signedAnonymously(), signed.draftVersion(), signed.signedAt());
                });
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

    /**
     * The image checked and redrawn here, once: only the redrawn PNG is kept, never the bytes as
     * received. A bad image is refused with its reason and the signature stands without it.
     */
    private static SignatureImage.Check image(String base64) {
        if (base64 == null || base64.isBlank()) {
            return null;
        }
        byte[] received;
        try {
            received = Base64.getMimeDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            return new SignatureImage.Check(null, "it is not base64-encoded");
        }
        return SignatureImage.check(received);
    }
}
