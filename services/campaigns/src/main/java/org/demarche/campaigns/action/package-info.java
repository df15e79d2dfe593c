/**
 * Coordinators' manual actions on a running campaign ({@code POST /api/campaigns/{id}/actions}):
 * extend signing, an extra reminder, publish now, pause, resume, revoke a partner's link. Each
 * request becomes a self-validating command, is checked against the campaign's state (400 naming
 * the field, 409 when the campaign's state forbids it) and runs in one transaction with its
 * events and its audit record, {@code CampaignActionTaken}. A campaign's page for coordinators
 * ({@code /campaigns/{id}}) lives here too: it shows the campaign with the actions its state allows,
 * and takes them through the same commands.
 */
package org.demarche.campaigns.action;
