package org.demarche.campaigns.action;

import java.util.UUID;

import org.demarche.campaigns.campaign.CampaignStatus;

/** Remind now the partners who have not answered, beside the planned reminder. */
record ExtraReminder(UUID campaignId, String reason) implements CampaignAction {

    public ExtraReminder {
        CampaignAction.requireCampaignId(campaignId);
        CampaignAction.requireNone(CampaignAction.reasonProblems(reason));
        reason = reason.strip();
    }

    @Override
    public ActionKind kind() {
        return ActionKind.EXTRA_REMINDER;
    }

    @Override
    public void checkAgainst(CampaignState campaign) {
        campaign.requireUnfinished(kind());
        if (campaign.is(CampaignStatus.PAUSED)) {
            throw new ActionConflictException(kind(), "the campaign is paused: no email goes out until it resumes");
        }
        if (campaign.is(CampaignStatus.OPEN)) {
            throw new ActionConflictException(kind(), "partners have not been asked to sign yet");
        }
        if (!campaign.is(CampaignStatus.SIGNING)) {
            throw new ActionConflictException(kind(), "signing has closed");
        }
    }
}
