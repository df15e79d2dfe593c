/**
 * The campaign read model: one row per campaign, its deadlines, its partners with their answers
 * and the fate of their emails, and its event history, projected from the campaigns, outreach and
 * responses topics, every event once. Each projected change is announced as
 * {@link org.demarche.dashboard.campaign.CampaignChanged} for the live stream.
 */
package org.demarche.dashboard.campaign;
