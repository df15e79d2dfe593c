package org.demarche.campaigns.campaign;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.demarche.campaigns.deadline.DeadlineHandler;
import org.demarche.campaigns.draft.DraftVersion;
import org.demarche.campaigns.registry.Partner;
import org.demarche.campaigns.registry.Registry;
import org.demarche.campaigns.registry.Target;
import org.demarche.campaigns.timeline.DeadlineKind;
import org.demarche.events.campaign.CampaignClosed;
import org.demarche.events.campaign.DeadlineReached;
import org.demarche.events.campaign.LetterPublished;
import org.demarche.events.outreach.FinalLetterDistribution;
import org.demarche.events.outreach.ReminderRequested;
import org.demarche.platform.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each deadline does. Every step runs in one transaction with its DeadlineReached and the
 * events it causes; a step already reached (a job fired twice after a crash) does nothing.
 */
@Component
class CampaignSteps implements DeadlineHandler {

    private static final Logger log = LoggerFactory.getLogger(CampaignSteps.class);

    private final Campaigns campaigns;
    private final Invitations invitations;
    private final Registry registry;
    private final DraftRevisions revisions;
    private final LetterPublication publication;
    private final LetterLinks links;
    private final CampaignReplies replies;
    private final Outbox outbox;
    private final Clock clock;

    CampaignSteps(Campaigns campaigns, Invitations invitations, Registry registry,
                  DraftRevisions revisions, LetterPublication publication, LetterLinks links, CampaignReplies replies,
                  Outbox outbox, Clock clock) {
        this.campaigns = campaigns;
        this.invitations = invitations;
        this.registry = registry;
        this.revisions = revisions;
        this.publication = publication;
        this.links = links;
        this.replies = replies;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    @Transactional
    public boolean deadlineReached(UUID campaignId, DeadlineKind kind) {
        Campaign campaign = campaigns.find(campaignId).orElse(null);
        Deadline deadline = campaigns.deadline(campaignId, kind).orElse(null);
        Instant now = clock.instant();
        if (campaign == null || deadline == null || !campaigns.markReached(campaignId, kind, now)) {
            log.info("Deadline {} of campaign {} is no longer due; nothing to do", kind.wireName(), campaignId);
            return false;
        }
        outbox.publish(new DeadlineReached(campaignId, kind.wireName(), deadline.dueAt(), now));
        switch (kind) {
            case SIGN_ON_REQUESTS -> askPartners(campaign, now);
            case REMINDER -> remindPartners(campaign);
            case SIGN_ON_CLOSES -> campaigns.status(campaignId, CampaignStatus.CLOSED_FOR_SIGNING);
            case PUBLICATION -> publish(campaign, now);
            case FOLLOW_UP -> {
                campaigns.status(campaignId, CampaignStatus.DONE);
                outbox.publish(new CampaignClosed(campaignId, CampaignStatus.DONE, "the follow-up date after the meeting passed"));
            }
        }
        return true;
    }

    /** Partners are asked to sign the current version, brought up to date first in case facts changed unnoticed. */
    private void askPartners(Campaign opened, Instant now) {
        campaigns.status(opened.id(), CampaignStatus.SIGNING);
        revisions.factsChanged(opened.id(), "brought up to date before partners are asked");
        Campaign campaign = campaigns.find(opened.id()).orElseThrow();
        DraftVersion version = revisions.current(campaign);
        Instant closes = signOnCloses(campaign);
        CampaignReplies.Addresses addresses = replies.of(campaign);
        for (Partner partner : registry.partnersConcernedWith(campaign.country())) {
            if (invitations.invite(campaign.id(), partner.id(), version.version(), now)) {
                outbox.publish(DraftRevisions.request(campaign, partner, version, closes, null, addresses));
            }
        }
    }

    private void remindPartners(Campaign campaign) {
        remindPending(campaign, 1);
    }

    /**
     * Asks outreach to remind every partner who has not answered (or not confirmed the current
     * version), with the sign-on deadline as it stands now.
     *
     * @param reminderNumber 1 for the planned reminder, higher for a coordinator's extra ones
     * @return the partners reminded
     */
    List<String> remindPending(Campaign campaign, int reminderNumber) {
        Instant closes = signOnCloses(campaign);
        CampaignReplies.Addresses addresses = replies.of(campaign);
        List<String> reminded = new ArrayList<>();
        for (Invitation invitation : invitations.pending(campaign.id())) {
            registry.partner(invitation.partnerId()).ifPresent(partner -> {
                outbox.publish(new ReminderRequested(campaign.id(), partner.id(), partner.contactName(),
                        partner.email(), partner.language(), partner.timeZone(), campaign.title(), closes,
                        reminderNumber, campaign.country(), addresses.replyTo(), addresses.leadContactEmail()));
                reminded.add(partner.id());
            });
        }
        return reminded;
    }

    /** The current version, dated and signed, is rendered once and kept in every form: it never changes again. */
    private void publish(Campaign campaign, Instant now) {
        publication.publish(campaign, now);
        campaigns.status(campaign.id(), CampaignStatus.PUBLISHED);
        String letterUrl = links.pdf(campaign.id());
        // only the named: every service reads this event, an unnamed signatory's name stays here
        outbox.publish(new LetterPublished(campaign.id(), campaign.draftVersion(), now,
                invitations.signatories(campaign.id()).stream().map(Invitation::signatory).toList(), letterUrl));
        List<FinalLetterDistribution.Recipient> recipients = new ArrayList<>();
        // every signer gets the letter they signed, named or not
        for (Invitation invitation : invitations.signers(campaign.id())) {
            registry.partner(invitation.partnerId()).ifPresent(partner -> recipients.add(
                    new FinalLetterDistribution.Recipient(partner.contactName(), partner.email(), partner.language(),
                            "signatory")));
        }
        registry.target(campaign.targetId()).map(CampaignSteps::recipient).ifPresent(recipients::add);
        CampaignReplies.Addresses addresses = replies.of(campaign);
        outbox.publish(new FinalLetterDistribution(campaign.id(), campaign.title(), campaign.draftVersion(),
                recipients, letterUrl, addresses.replyTo(), addresses.leadContactEmail()));
    }

    private static FinalLetterDistribution.Recipient recipient(Target target) {
        return new FinalLetterDistribution.Recipient(target.name(), target.email(), target.language(), "target");
    }

    private Instant signOnCloses(Campaign campaign) {
        return campaigns.deadline(campaign.id(), DeadlineKind.SIGN_ON_CLOSES).map(Deadline::dueAt)
                .orElse(campaign.meetingStartsAt());
    }
}
