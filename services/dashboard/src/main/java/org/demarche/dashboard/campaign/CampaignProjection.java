package org.demarche.dashboard.campaign;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.demarche.dashboard.audit.AuditLog;
import org.demarche.dashboard.campaign.CampaignReadModel.Counter;
import org.demarche.events.DemarcheEvent;
import org.demarche.events.EventEnvelope;
import org.demarche.events.campaign.CampaignActionTaken;
import org.demarche.events.campaign.CampaignClosed;
import org.demarche.events.campaign.CampaignOpened;
import org.demarche.events.campaign.CampaignPaused;
import org.demarche.events.campaign.CampaignResumed;
import org.demarche.events.campaign.DeadlineReached;
import org.demarche.events.campaign.DeadlineScheduled;
import org.demarche.events.campaign.LetterPublished;
import org.demarche.events.meeting.MeetingCancelled;
import org.demarche.events.meeting.MeetingRescheduled;
import org.demarche.events.meeting.MeetingScheduled;
import org.demarche.events.outreach.SignOnRequested;
import org.demarche.events.response.EmailBounced;
import org.demarche.events.response.EmailFailed;
import org.demarche.events.response.EmailSent;
import org.demarche.events.response.PartnerDeclined;
import org.demarche.events.response.PartnerSigned;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * How each event changes the read model. Every campaign-keyed event joins the campaign's history;
 * those that change a number, a status or a partner change it too; a coordinator's action also
 * goes into the audit log (in this transaction, so that the one inbox entry covers both). A moved
 * meeting moves the meeting date of its campaigns. Once applied, the campaign's new overview is
 * announced as {@link CampaignChanged}, to be streamed after the commit.
 */
@Component
class CampaignProjection {

    private final CampaignReadModel model;
    private final ApplicationEventPublisher changes;
    private final AuditLog audit;

    CampaignProjection(CampaignReadModel model, ApplicationEventPublisher changes, AuditLog audit) {
        this.model = model;
        this.changes = changes;
        this.audit = audit;
    }

    void apply(EventEnvelope<?> event) {
        DemarcheEvent payload = event.payload();
        if (payload instanceof MeetingRescheduled moved) {
            meetingMoved(event, moved);
            return;
        }
        if (payload instanceof MeetingScheduled || payload instanceof MeetingCancelled) {
            return; // campaigns decides what they mean for a campaign, and says so on its topic
        }
        UUID campaign = UUID.fromString(event.key());
        if (payload instanceof CampaignOpened opened) {
            model.opened(opened);
        } else if (payload instanceof DeadlineScheduled scheduled) {
            model.deadline(campaign, scheduled.kind(), scheduled.dueAt(), false);
        } else if (payload instanceof DeadlineReached reached) {
            model.deadline(campaign, reached.kind(), reached.dueAt(), true);
            statusAfter(reached.kind()).ifPresent(status -> model.status(campaign, status));
        } else if (payload instanceof SignOnRequested asked) {
            model.partnerAsked(campaign, asked.partnerId(), asked.organisation(), asked.email(), event.time());
        } else if (payload instanceof PartnerSigned signed) {
            model.partnerAnswered(campaign, signed.partnerId(), signed.signatory().organisation(),
                    signed.signatory().country(), "signed",
                    signed.signedAt());
        } else if (payload instanceof PartnerDeclined declined) {
            model.partnerAnswered(campaign, declined.partnerId(), null, null, "declined", declined.declinedAt());
        } else if (payload instanceof EmailSent sent) {
            model.increment(campaign, Counter.EMAILS_SENT);
            model.delivered(campaign, sent.partnerId(), "sent", null, sent.sentAt());
        } else if (payload instanceof EmailFailed failed) {
            model.increment(campaign, Counter.EMAILS_FAILED);
            model.delivered(campaign, failed.partnerId(), "failed", failed.kind() + ": " + failed.reason(),
                    failed.failedAt());
        } else if (payload instanceof EmailBounced bounced) {
            model.increment(campaign, Counter.EMAILS_BOUNCED);
            model.delivered(campaign, bounced.partnerId(), "bounced", bounced.reason(), bounced.bouncedAt());
        } else if (payload instanceof LetterPublished) {
            model.status(campaign, "published");
        } else if (payload instanceof CampaignPaused) {
            model.status(campaign, "paused");
        } else if (payload instanceof CampaignResumed resumed) {
            model.status(campaign, resumed.status());
        } else if (payload instanceof CampaignActionTaken taken) {
            audit.record(event.id(), taken);
        } else if (payload instanceof CampaignClosed closed) {
            model.status(campaign, closed.status());
        }
        model.history(event.id(), campaign, event.type(), event.time(), EventSummary.of(payload));
        announce(campaign);
    }

    /**
     * The status a campaign has once a step is reached, as the campaigns service sets it: signing
     * while partners are asked, closed for signing once the list is frozen. Publication and the
     * end come with their own events.
     */
    static java.util.Optional<String> statusAfter(String deadlineKind) {
        return switch (deadlineKind) {
            case "sign-on-requests" -> java.util.Optional.of("signing");
            case "sign-on-closes" -> java.util.Optional.of("closed-for-signing");
            default -> java.util.Optional.empty();
        };
    }

    /** One meeting event joins the history of each of its campaigns, under an id of its own per campaign. */
    private void meetingMoved(EventEnvelope<?> event, MeetingRescheduled moved) {
        for (UUID campaign : model.meetingMoved(moved.meetingId(), moved.startsAt(), moved.timeZone())) {
            UUID entry = UUID.nameUUIDFromBytes((event.id() + "/" + campaign).getBytes(StandardCharsets.UTF_8));
            model.history(entry, campaign, event.type(), event.time(), EventSummary.of(moved));
            announce(campaign);
        }
    }

    private void announce(UUID campaign) {
        model.overview(campaign).ifPresent(overview -> changes.publishEvent(new CampaignChanged(overview)));
    }
}
