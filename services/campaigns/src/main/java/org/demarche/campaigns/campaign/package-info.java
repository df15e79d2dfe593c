/**
 * Campaigns: the rule that opens one when a meeting brings a registered target together with a
 * country that has open cases, what each deadline does (ask partners, remind them, close signing,
 * publish the letter, follow up), partners' answers, the draft's versions as the facts change
 * ({@link org.demarche.campaigns.campaign.DraftRevisions}: which signatures stand, who is asked to
 * confirm), the campaigns API, and the coordinators' pages for them: the list ({@code /campaigns}),
 * the draft's versions and the draft editor ({@code /campaigns/{id}/drafts}, {@code .../draft/edit}); and
 * the published letter, open to anyone: its page ({@code /letters/{id}}) and its forms
 * ({@code /letters/{id}.pdf|.html|.txt|.png}), all made once at publication ({@link
 * org.demarche.campaigns.campaign.LetterPublication}).
 */
package org.demarche.campaigns.campaign;
