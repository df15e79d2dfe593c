package org.demarche.campaigns.boundaryfixture;

/** Stands for a campaigns class that another service must not use (ServiceBoundariesTest). */
public class CampaignRule {

    public boolean applies() {
        return true;
    }
}
