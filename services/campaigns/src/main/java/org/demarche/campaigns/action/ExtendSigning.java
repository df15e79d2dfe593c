package org.demarche.campaigns.action;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.demarche.campaigns.campaign.CampaignStatus;
import org.demarche.platform.web.FieldProblem;
import org.demarche.platform.web.InvalidInputException;

/**
 * Signing closes later: at {@code until}, after the current close and before publication, so
 * that the letter still goes out when planned.
 */
record ExtendSigning(UUID campaignId, String reason, Instant until) implements CampaignAction {

    public ExtendSigning {
        CampaignAction.requireCampaignId(campaignId);
        List<FieldProblem> problems = CampaignAction.reasonProblems(reason);
        if (until == null) {
            problems.add(new FieldProblem("until", "is required for extend-signing: when signing closes instead, "
                    + "e.g. 2018-07-18T11:00+02:00"));
        }
        CampaignAction.requireNone(problems);
        reason = reason.strip();
    }

    @Override
    public ActionKind kind() {
        return ActionKind.EXTEND_SIGNING;
    }

    @Override
    public void checkAgainst(CampaignState campaign) {
        campaign.requireUnfinished(kind());
        if (campaign.is(CampaignStatus.PAUSED)) {
            throw new ActionConflictException(kind(), "the campaign is paused; resume it first");
        }
        if (!campaign.is(CampaignStatus.OPEN) && !campaign.is(CampaignStatus.SIGNING)) {
            throw new ActionConflictException(kind(), "signing has closed; it cannot be reopened");
        }
        if (campaign.signOnCloses() == null) {
            throw new ActionConflictException(kind(), "the campaign has no sign-on close to move");
        }
        if (!until.isAfter(campaign.now())) {
            throw InvalidInputException.of("until", "is in the past: " + campaign.local(until));
        }
        if (!until.isAfter(campaign.signOnCloses())) {
            throw InvalidInputException.of("until", "must be after the current close, "
                    + campaign.local(campaign.signOnCloses()));
        }
        if (campaign.publication() != null && !until.isBefore(campaign.publication())) {
            throw InvalidInputException.of("until", "must be before the letter's publication, "
                    + campaign.local(campaign.publication()));
        }
    }
}
