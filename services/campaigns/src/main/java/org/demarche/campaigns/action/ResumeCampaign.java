package org.demarche.campaigns.action;

import java.util.UUID;

import org.demarche.campaigns.campaign.CampaignStatus;

/** Let a paused campaign run again from where it stood. */
record ResumeCampaign(UUID campaignId, String reason) implements CampaignAction {

    public ResumeCampaign {
        CampaignAction.requireCampaignId(campaignId);
        CampaignAction.requireNone(CampaignAction.reasonProblems(reason));
        reason = reason.strip();
    }

    @Override
    public ActionKind kind() {
        return ActionKind.RESUME;
    }

    @Override
    public void checkAgainst(CampaignState campaign) {
        campaign.requireUnfinished(kind());
        if (!campaign.is(CampaignStatus.PAUSED)) {
            throw new ActionConflictException(kind(), "the campaign is not paused (it is " + campaign.status() + ")");
        }
        if (!campaign.pendingDeadline()) {
            throw new ActionConflictException(kind(), "its deadlines were cancelled with its meeting: "
                    + "there is nothing to resume");
        }
    }
}
