package org.demarche.dashboard.campaign;

/**
 * The read model of a campaign changed: published (as a Spring application event) inside the
 * transaction that projected an event, and heard after it commits.
 *
 * @param overview the campaign as it is after the change
 */
public record CampaignChanged(CampaignOverview overview) {
}
