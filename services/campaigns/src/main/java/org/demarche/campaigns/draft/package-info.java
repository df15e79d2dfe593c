/**
 * Draft versions: every change to a campaign's letter (a new ruling, a registry edit, a moved
 * meeting, a coordinator's rewording) is kept as a numbered version with its text, a readable diff
 * from the one before, and its substance — the ask and the people named — which is what a partner's
 * signature vouches for. What makes a version and who is asked to confirm it lives in
 * {@code campaign.DraftRevisions}; this package keeps versions and compares them.
 */
package org.demarche.campaigns.draft;
