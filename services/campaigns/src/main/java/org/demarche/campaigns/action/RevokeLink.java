package org.demarche.campaigns.action;

import java.util.List;
import java.util.UUID;

import org.demarche.platform.web.FieldProblem;
import org.demarche.platform.web.InvalidInputException;

/** Withdraw one invited partner's personal links to the campaign (a forwarded link, a seized phone). */
record RevokeLink(UUID campaignId, String reason, String partnerId) implements CampaignAction {

    public RevokeLink {
        CampaignAction.requireCampaignId(campaignId);
        List<FieldProblem> problems = CampaignAction.reasonProblems(reason);
        if (partnerId == null || partnerId.isBlank()) {
            problems.add(new FieldProblem("partnerId", "is required for revoke-link: the partner whose link goes"));
        }
        CampaignAction.requireNone(problems);
        reason = reason.strip();
        partnerId = partnerId.strip();
    }

    @Override
    public ActionKind kind() {
        return ActionKind.REVOKE_LINK;
    }

    @Override
    public void checkAgainst(CampaignState campaign) {
        campaign.requireUnfinished(kind());
        if (!campaign.invited().contains(partnerId)) {
            throw InvalidInputException.of("partnerId", "'" + partnerId + "' was not invited to this campaign");
        }
    }
}
