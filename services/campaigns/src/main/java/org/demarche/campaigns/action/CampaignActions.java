package org.demarche.campaigns.action;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.demarche.campaigns.campaign.Campaign;
import org.demarche.campaigns.campaign.CampaignControls;
import org.demarche.campaigns.campaign.CampaignStatus;
import org.demarche.campaigns.campaign.Campaigns;
import org.demarche.campaigns.campaign.Deadline;
import org.demarche.campaigns.campaign.Invitation;
import org.demarche.campaigns.campaign.Invitations;
import org.demarche.campaigns.campaign.UnknownCampaignException;
import org.demarche.campaigns.timeline.DeadlineKind;
import org.demarche.events.campaign.CampaignActionTaken;
import org.demarche.platform.outbox.Outbox;
import org.demarche.platform.web.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs a coordinator's action: the campaign locked, the action checked against it, carried out,
 * and recorded as {@link CampaignActionTaken} — all in one transaction with the events the action
 * causes, so that the audit log never misses an action nor shows one that did not happen.
 */
@Service
class CampaignActions {

    /** The actor of a call that carried no authenticated user. */
    public static final String ANONYMOUS = "anonymous";

    private static final Logger log = LoggerFactory.getLogger(CampaignActions.class);

    private final CampaignControls controls;
    private final Campaigns campaigns;
    private final Invitations invitations;
    private final ActionLog actionLog;
    private final Outbox outbox;
    private final Clock clock;

    CampaignActions(CampaignControls controls, Campaigns campaigns, Invitations invitations, ActionLog actionLog,
                    Outbox outbox, Clock clock) {
        this.controls = controls;
        this.campaigns = campaigns;
        this.invitations = invitations;
        this.actionLog = actionLog;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * @param actor who acts; null or blank for {@value #ANONYMOUS}
     * @throws UnknownCampaignException when there is no such campaign (404)
     * @throws ActionConflictException  when the campaign's state forbids the action (409)
     */
    @Transactional
    public CampaignActionTaken take(CampaignAction action, String actor) {
        Campaign campaign = controls.lock(action.campaignId())
                .orElseThrow(() -> new UnknownCampaignException(action.campaignId()));
        CampaignState state = stateOf(campaign, clock.instant());
        action.checkAgainst(state);
        String detail = carryOut(action, state);
        CampaignActionTaken taken = new CampaignActionTaken(campaign.id(), action.kind().wireName(),
                actor == null || actor.isBlank() ? ANONYMOUS : actor, action.reason(), detail, state.now());
        actionLog.record(outbox.publish(taken).id(), taken);
        log.info("{} on campaign {} by {}: {} ({})", taken.action(), taken.campaignId(), taken.actor(), detail,
                taken.reason());
        return taken;
    }

    /**
     * The actions the campaign's state allows now, judged by each action's own {@code checkAgainst}
     * on a probe: a refusal for the state (409) rules it out, a problem with the probe's fields
     * (a time in the past, a partner not invited) does not. For pages that offer only what can be
     * done; {@link #take} still checks again.
     *
     * @throws UnknownCampaignException when there is no such campaign
     */
    @Transactional(readOnly = true)
    public Set<ActionKind> possibleNow(UUID campaignId) {
        Campaign campaign = campaigns.find(campaignId).orElseThrow(() -> new UnknownCampaignException(campaignId));
        CampaignState state = stateOf(campaign, clock.instant());
        String probe = "probe";
        List<CampaignAction> probes = List.of(new ExtendSigning(campaignId, probe, state.now()),
                new ExtraReminder(campaignId, probe), new PublishNow(campaignId, probe),
                new PauseCampaign(campaignId, probe), new ResumeCampaign(campaignId, probe),
                new RevokeLink(campaignId, probe, probe));
        Set<ActionKind> possible = EnumSet.noneOf(ActionKind.class);
        for (CampaignAction action : probes) {
            try {
                action.checkAgainst(state);
                possible.add(action.kind());
            } catch (InvalidInputException fieldsOnly) {
                possible.add(action.kind());
            } catch (ActionConflictException notNow) {
                // not offered
            }
        }
        return possible;
    }

    private String carryOut(CampaignAction action, CampaignState state) {
        if (action instanceof ExtendSigning extend) {
            controls.moveSignOnClose(extend.campaignId(), extend.until());
            return "signing extended to " + state.local(extend.until()) + " (was " + state.local(state.signOnCloses())
                    + ")";
        } else if (action instanceof ExtraReminder reminder) {
            // the planned reminder is number 1; extra ones count on from 2, so outreach tells them apart
            int number = 2 + actionLog.count(reminder.campaignId(), ActionKind.EXTRA_REMINDER);
            List<String> reminded = controls.remindPending(reminder.campaignId(), number);
            return reminded.isEmpty() ? "extra reminder " + number + ": every partner has answered, nobody reminded"
                    : "extra reminder " + number + " asked for " + reminded.size() + " partner(s) who have not answered: "
                    + String.join(", ", reminded);
        } else if (action instanceof PublishNow publish) {
            controls.publishNow(publish.campaignId());
            return (state.is(CampaignStatus.SIGNING) ? "signing closed and letter published now" : "letter published now")
                    + " (publication was planned for " + state.local(state.publication()) + ")";
        } else if (action instanceof PauseCampaign pause) {
            controls.pause(pause.campaignId(), pause.reason());
            return "campaign paused (was " + state.status() + "); its deadlines wait until it resumes";
        } else if (action instanceof ResumeCampaign resume) {
            String status = controls.resume(resume.campaignId(), resume.reason());
            return "campaign resumed as " + status + "; deadlines due while paused run now";
        } else if (action instanceof RevokeLink revoke) {
            controls.revokeLink(revoke.campaignId(), revoke.partnerId(), revoke.reason());
            return "sign-on links of partner " + revoke.partnerId() + " revoked";
        }
        throw new IllegalStateException("unhandled action " + action.kind());
    }

    private CampaignState stateOf(Campaign campaign, Instant now) {
        List<Deadline> deadlines = campaigns.deadlines(campaign.id());
        Set<String> invited = invitations.of(campaign.id()).stream().map(Invitation::partnerId)
                .collect(Collectors.toSet());
        return new CampaignState(campaign.status(), now, ZoneId.of(campaign.meetingTimeZone()),
                dueAt(deadlines, DeadlineKind.SIGN_ON_CLOSES), dueAt(deadlines, DeadlineKind.PUBLICATION), invited,
                deadlines.stream().anyMatch(deadline -> Deadline.SCHEDULED.equals(deadline.status())));
    }

    private static Instant dueAt(List<Deadline> deadlines, DeadlineKind kind) {
        return deadlines.stream().filter(deadline -> deadline.kind() == kind).map(Deadline::dueAt).findFirst()
                .orElse(null);
    }
}
