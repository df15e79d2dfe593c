/**
 * The campaigns as the leads follow them. The read model: one row per campaign, its deadlines, its
 * partners with their answers and the fate of their emails, and its event history, projected from
 * the campaigns, outreach and responses topics, every event once; each projected change is
 * announced as {@link org.demarche.dashboard.campaign.CampaignChanged} for the live stream. The
 * pages ({@code templates/campaign/}): the table of campaigns, filtered by status and country,
 * which updates itself from the live stream, and each campaign's timeline, partners, audit log,
 * chart of signatures and history, which follows the stream too. Rendered on the server with
 * Thymeleaf in the page's language; the scripts only listen to the stream, swap in what the server
 * renders and draw the chart.
 */
package org.demarche.dashboard.campaign;
