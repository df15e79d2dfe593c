package org.demarche.campaigns.action;

import java.util.UUID;

import org.demarche.campaigns.campaign.CampaignStatus;

/** Close signing (if still open) and publish the letter now, instead of at their deadlines. */
record PublishNow(UUID campaignId, String reason) implements CampaignAction {

    public PublishNow {
        CampaignAction.requireCampaignId(campaignId);
        CampaignAction.requireNone(CampaignAction.reasonProblems(reason));
        reason = reason.strip();
    }

    @Override
    public ActionKind kind() {
        return ActionKind.PUBLISH_NOW;
    }

    @Override
    public void checkAgainst(CampaignState campaign) {
        campaign.requireUnfinished(kind());
        if (campaign.is(CampaignStatus.PAUSED)) {
            throw new ActionConflictException(kind(), "the campaign is paused; resume it first");
        }
        if (campaign.is(CampaignStatus.OPEN)) {
            throw new ActionConflictException(kind(), "partners have not been asked to sign yet: "
                    + "the letter would have no signatory");
        }
        if (campaign.publication() == null) {
            throw new ActionConflictException(kind(), "the campaign has no publication step");
        }
    }
}
