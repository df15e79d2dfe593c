package org.demarche.intake.boundaryfixture;

import org.demarche.campaigns.boundaryfixture.CampaignRule;

/** Crosses into campaigns on purpose, so that ServiceBoundariesTest sees the rule fail. */
public class MeetingForm {

    public boolean opensCampaign() {
        return new CampaignRule().applies();
    }
}
