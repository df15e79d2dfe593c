/**
 * Campaigns: the rule that opens one when a meeting brings a registered target together with a
 * country that has open cases, what each deadline does (ask partners, remind them, close signing,
 * publish the letter, follow up), partners' answers, the draft's versions as the facts change
 * ({@link org.demarche.campaigns.campaign.DraftRevisions}: which signatures stand, who is asked to
 * confirm), the campaigns API, and the coordinators' pages for them: the list ({@code /campaigns}),
 * the draft's versions and the draft editor ({@code /campaigns/{id}/drafts}, {@code .../draft/edit}).
 */
package org.demarche.campaigns.campaign;
