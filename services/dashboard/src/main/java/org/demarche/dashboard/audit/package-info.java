/**
 * The audit log: coordinators' manual actions on campaigns (extend signing, an extra reminder,
 * publish now, pause, resume, revoke a link), kept from the CampaignActionTaken events campaigns
 * publishes, and {@code GET /api/audit?campaign={id}} to read them, newest first.
 */
package org.demarche.dashboard.audit;
