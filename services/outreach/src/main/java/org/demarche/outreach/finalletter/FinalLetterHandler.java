package org.demarche.outreach.finalletter;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.demarche.events.outreach.FinalLetterDistribution;
import org.demarche.events.outreach.FinalLetterDistribution.Recipient;
import org.demarche.outreach.delivery.Attachment;
import org.demarche.outreach.delivery.MessageKey;
import org.demarche.outreach.delivery.OptOuts;
import org.demarche.outreach.delivery.OutboundMessages;
import org.demarche.outreach.delivery.OutgoingMail;
import org.demarche.outreach.partnermail.ReplyAddress;
import org.demarche.outreach.signon.SignOnInvitations;
import org.demarche.outreach.signon.SignOnLinks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A final-letter distribution becomes one email per recipient address and published version,
 * each with the letter's PDF stored beside it, so that sending (or sending again) needs no fetch.
 * The PDF is fetched while the request is handled; if that fails, the handler throws and the
 * request is retried. Recipients carry no partner id: the address stands for one in
 * EmailSent/EmailFailed.
 */
@Component
public class FinalLetterHandler {

    private static final Logger log = LoggerFactory.getLogger(FinalLetterHandler.class);
    static final String PDF = "application/pdf";

    private final PublishedLetters letters;
    private final OutboundMessages messages;
    private final FinalLetterMail mail;
    private final OptOuts optOuts;
    private final SignOnInvitations invitations;
    private final SignOnLinks links;
    private final ReplyAddress replies;
    private final Clock clock;

    FinalLetterHandler(PublishedLetters letters, OutboundMessages messages, FinalLetterMail mail, OptOuts optOuts,
                       SignOnInvitations invitations, SignOnLinks links, ReplyAddress replies, Clock clock) {
        this.letters = letters;
        this.messages = messages;
        this.mail = mail;
        this.optOuts = optOuts;
        this.invitations = invitations;
        this.links = links;
        this.replies = replies;
        this.clock = clock;
    }

    public void handle(FinalLetterDistribution distribution) {
        if (distribution.letterUrl() == null || distribution.letterUrl().isBlank()) {
            throw new IllegalArgumentException("FinalLetterDistribution for campaign " + distribution.campaignId()
                    + " names no letterUrl: there is no letter to send");
        }
        List<Recipient> waiting = notYetQueued(distribution);
        if (waiting.isEmpty()) {
            log.info("Final letter {} of campaign {} is already queued for every recipient", distribution.draftVersion(),
                    distribution.campaignId());
            return;
        }
        var pdf = new Attachment(FinalLetterMail.attachmentName(distribution.campaignTitle()), PDF,
                letters.pdf(distribution.letterUrl()));
        Instant now = clock.instant();
        String country = invitations.countryOf(distribution.campaignId()).orElse(null);
        String replyTo = replies.forCampaign(distribution.campaignId(), distribution.replyTo(),
                distribution.leadContactEmail());
        for (Recipient recipient : waiting) {
            boolean partner = !FinalLetterMail.TARGET.equals(recipient.role());
            if (partner && optOuts.covers(recipient.email(), country, distribution.campaignId())) {
                log.info("Final letter of campaign {} not sent to a signatory who opted out", distribution.campaignId());
                continue;
            }
            // the target is written to formally, once: no opt-out footer, which is for partners
            String optOut = partner ? links.optOutLinkFor(distribution.campaignId(), recipient.email(), now) : null;
            var outgoing = OutgoingMail.to(key(distribution, recipient), distribution.draftVersion(), recipient.email(),
                    mail.compose(distribution, recipient, optOut)).with(pdf).unsubscribeAt(optOut).replyTo(replyTo);
            messages.enqueue(outgoing, now);
        }
    }

    /** Recipients without a message yet, each address once. */
    private List<Recipient> notYetQueued(FinalLetterDistribution distribution) {
        Map<String, Recipient> byAddress = new LinkedHashMap<>();
        for (Recipient recipient : distribution.recipients()) {
            byAddress.putIfAbsent(recipient.email(), recipient);
        }
        return byAddress.values().stream().filter(recipient -> !messages.exists(key(distribution, recipient))).toList();
    }

    private static MessageKey key(FinalLetterDistribution distribution, Recipient recipient) {
        return MessageKey.finalLetter(distribution.campaignId(), recipient.email(), distribution.draftVersion());
    }
}
