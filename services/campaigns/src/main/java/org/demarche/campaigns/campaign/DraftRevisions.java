package org.demarche.campaigns.campaign;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.demarche.campaigns.draft.DraftSubstance;
import org.demarche.campaigns.draft.DraftVersion;
import org.demarche.campaigns.draft.DraftVersions;
import org.demarche.campaigns.draft.TextDiff;
import org.demarche.campaigns.letter.Letter;
import org.demarche.campaigns.letter.PartEdits;
import org.demarche.campaigns.registry.Partner;
import org.demarche.campaigns.registry.Registry;
import org.demarche.campaigns.timeline.DeadlineKind;
import org.demarche.events.campaign.DraftRevised;
import org.demarche.events.outreach.SignOnRequested;
import org.demarche.platform.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps a campaign's draft honest as the facts change. Every change that alters the letter's text —
 * a new ruling or resolution about the country, a registry edit, a moved meeting, a coordinator's
 * rewording — makes a new version, stored and announced (DraftRevised, with a diff) in the
 * transaction of the change.
 *
 * <p>A signature belongs to the version signed. While partners are being asked, a version that
 * changes the ask or the people named asks again everyone who signed an earlier one (and everyone
 * not yet answered): they count as pending until they sign the new one. Rewording alone keeps
 * their signatures. After signing closes such a change can no longer be made — the signatures
 * would vouch for what their authors never saw — and after publication the letter is frozen.
 */
@Component
class DraftRevisions {

    private static final Logger log = LoggerFactory.getLogger(DraftRevisions.class);

    private final Campaigns campaigns;
    private final CampaignLetters letters;
    private final DraftVersions versions;
    private final Invitations invitations;
    private final Registry registry;
    private final CampaignReplies replies;
    private final Outbox outbox;
    private final Clock clock;

    DraftRevisions(Campaigns campaigns, CampaignLetters letters, DraftVersions versions, Invitations invitations,
                   Registry registry, CampaignReplies replies, Outbox outbox, Clock clock) {
        this.campaigns = campaigns;
        this.letters = letters;
        this.versions = versions;
        this.invitations = invitations;
        this.registry = registry;
        this.replies = replies;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Version 1, when the campaign opens; the caller announces it after the campaign itself. */
    @Transactional(propagation = Propagation.MANDATORY)
    DraftVersion first(Campaign campaign) {
        var composed = letters.compose(campaign, letters.languageOf(campaign), PartEdits.none());
        DraftVersion first = new DraftVersion(campaign.id(), 1, clock.instant(), "first draft",
                composed.letter().language(), composed.letter(), letters.text(composed.letter()), null,
                DraftSubstance.of(composed.letter(), composed.personsNamed()), PartEdits.none(), false);
        versions.insert(first);
        return first;
    }

    /**
     * Brings the draft up to date with the facts: a new version if its text changed. A change to
     * the ask or the people named after signing closed is held back (and logged), as is any change
     * once the letter is published.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<DraftVersion> factsChanged(UUID campaignId, String reason) {
        Campaign campaign = campaigns.lock(campaignId).orElse(null);
        if (campaign == null || campaign.letterFrozen()) {
            return Optional.empty();
        }
        Proposal proposal = propose(campaign, campaigns.edits(campaignId), reason);
        if (proposal.asksConfirmation() && CampaignStatus.CLOSED_FOR_SIGNING.equals(campaign.status())) {
            log.warn("Campaign {}: {} would change the ask or the people named after signing closed; the draft "
                    + "keeps version {} so that its signatures stay true", campaignId, reason, campaign.draftVersion());
            return Optional.empty();
        }
        return proposal.changed() ? Optional.of(make(campaign, proposal)) : Optional.empty();
    }

    /**
     * A coordinator's rewording, as a whole: parts not in {@code edits} return to the template.
     *
     * @return the new version, or the current one if the text is the same
     * @throws DraftFrozenException       once the letter is published, or the campaign cancelled
     * @throws SignaturesAtStakeException if it changes the ask or the people named after signing closed
     */
    @Transactional
    public Revision edit(UUID campaignId, PartEdits edits, String reason) {
        Campaign campaign = campaigns.lock(campaignId).orElseThrow(() -> new UnknownCampaignException(campaignId));
        if (campaign.letterFrozen()) {
            throw new DraftFrozenException(campaign);
        }
        Proposal proposal = propose(campaign, edits, reason);
        if (proposal.asksConfirmation() && CampaignStatus.CLOSED_FOR_SIGNING.equals(campaign.status())) {
            throw new SignaturesAtStakeException(campaign);
        }
        campaigns.edits(campaignId, edits);
        if (!proposal.changed()) {
            return new Revision(current(campaign), false);
        }
        return new Revision(make(campaign, proposal), true);
    }

    /** The version partners are asked to sign now; for a campaign opened before versions were kept, made now. */
    @Transactional(propagation = Propagation.MANDATORY)
    DraftVersion current(Campaign campaign) {
        return versions.find(campaign.id(), campaign.draftVersion())
                .or(() -> factsChanged(campaign.id(), "recorded as a version"))
                .orElseGet(() -> versions.latest(campaign.id()).orElseThrow());
    }

    private Proposal propose(Campaign campaign, PartEdits edits, String reason) {
        var composed = letters.compose(campaign, letters.languageOf(campaign), edits);
        Letter letter = composed.letter();
        String text = letters.text(letter);
        String substance = DraftSubstance.of(letter, composed.personsNamed());
        DraftVersion latest = versions.latest(campaign.id()).orElse(null);
        boolean changed = latest == null || !latest.text().equals(text);
        // a version made before versions were kept has no substance to compare: assume the worst
        boolean asksConfirmation = changed && (latest == null || !latest.substance().equals(substance));
        return new Proposal(latest, letter, text, substance, edits, reason, changed, asksConfirmation);
    }

    private DraftVersion make(Campaign campaign, Proposal proposal) {
        int number = campaign.draftVersion() + 1;
        String previousText = proposal.latest() == null ? "" : proposal.latest().text();
        String diff = TextDiff.unified(previousText, proposal.text(), "version " + campaign.draftVersion(),
                "version " + number);
        DraftVersion version = new DraftVersion(campaign.id(), number, clock.instant(), proposal.reason(),
                proposal.letter().language(), proposal.letter(), proposal.text(), diff, proposal.substance(),
                proposal.edits(), proposal.asksConfirmation());
        versions.insert(version);
        campaigns.draftVersion(campaign.id(), number);
        if (proposal.letter().title() != null) {
            campaigns.retitle(campaign.id(), proposal.letter().title());
        }
        outbox.publish(new DraftRevised(campaign.id(), number, proposal.text(), diff, proposal.reason()));
        log.info("Campaign {}: draft version {} ({}){}", campaign.id(), number, proposal.reason(),
                proposal.asksConfirmation() ? "; the ask or the people named changed" : "");
        if (proposal.asksConfirmation() && CampaignStatus.SIGNING.equals(campaign.status())) {
            askAgain(campaigns.find(campaign.id()).orElseThrow(), version);
        }
        return version;
    }

    /**
     * Those who signed a version whose substance differs, and those who have not answered, are sent
     * the new version; each gets the diff from the version they last saw.
     */
    private void askAgain(Campaign campaign, DraftVersion version) {
        Instant closes = campaigns.deadline(campaign.id(), DeadlineKind.SIGN_ON_CLOSES).map(Deadline::dueAt)
                .orElse(campaign.meetingStartsAt());
        CampaignReplies.Addresses addresses = replies.of(campaign);
        for (Invitation invitation : invitations.of(campaign.id())) {
            boolean mustConfirm = invitation.awaitingConfirmation();
            boolean unanswered = Invitation.INVITED.equals(invitation.status());
            if (!mustConfirm && !unanswered) {
                continue;
            }
            Integer lastSeen = mustConfirm ? invitation.signedVersion() : invitation.requestedVersion();
            String diff = lastSeen == null ? version.diff() : versions.find(campaign.id(), lastSeen)
                    .map(seen -> TextDiff.unified(seen.text(), version.text(), "version " + seen.version(),
                            "version " + version.version()))
                    .orElse(version.diff());
            registry.partner(invitation.partnerId()).ifPresent(partner -> {
                outbox.publish(request(campaign, partner, version, closes, diff, addresses));
                invitations.requested(campaign.id(), partner.id(), version.version());
            });
        }
    }

    /** A request to sign {@code version}; {@code diff} is null for a first request. */
    static SignOnRequested request(Campaign campaign, Partner partner, DraftVersion version, Instant closes, String diff,
                                   CampaignReplies.Addresses replies) {
        return new SignOnRequested(campaign.id(), partner.id(), partner.organisation(), partner.contactName(),
                partner.email(), partner.language(), partner.timeZone(), campaign.title(), version.version(),
                version.text(), closes, campaign.meetingStartsAt(), campaign.meetingTimeZone(), replies.replyTo(),
                campaign.country(), diff, replies.leadContactEmail());
    }

    /**
     * What the current facts and rewording would make of the draft.
     *
     * @param latest the latest version, or null if none was kept
     */
    private record Proposal(DraftVersion latest, Letter letter, String text, String substance, PartEdits edits,
                            String reason, boolean changed, boolean asksConfirmation) {
    }

    /**
     * The outcome of a coordinator's edit.
     *
     * @param version the version now current
     * @param made    whether the edit made it (false: the text was already so)
     */
    public record Revision(DraftVersion version, boolean made) {
    }
}
