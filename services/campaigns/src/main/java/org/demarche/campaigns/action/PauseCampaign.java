package org.demarche.campaigns.action;

import java.util.UUID;

import org.demarche.campaigns.campaign.CampaignStatus;

/** Hold the campaign: no deadline fires until it resumes. */
record PauseCampaign(UUID campaignId, String reason) implements CampaignAction {

    public PauseCampaign {
        CampaignAction.requireCampaignId(campaignId);
        CampaignAction.requireNone(CampaignAction.reasonProblems(reason));
        reason = reason.strip();
    }

    @Override
    public ActionKind kind() {
        return ActionKind.PAUSE;
    }

    @Override
    public void checkAgainst(CampaignState campaign) {
        campaign.requireUnfinished(kind());
        if (campaign.is(CampaignStatus.PAUSED)) {
            throw new ActionConflictException(kind(), "the campaign is paused already");
        }
    }
}
