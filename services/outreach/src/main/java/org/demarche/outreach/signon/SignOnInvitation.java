package org.demarche.outreach.signon;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import org.demarche.events.Signatory;

/**
 * What a partner's sign-on page shows, as the latest SignOnRequested described it, and the
 * partner's latest answer.
 *
 * @param answeredDraftVersion the draft version the latest answer was given on; null while pending
 * @param signatory            who signed; null unless signed
 * @param declineReason        why the partner declined, if said
 * @param country              the campaign's country of concern, when campaigns said it
 * @param replyTo              the address of the campaign's coordinator, for the partner's replies; optional
 * @param leadContactEmail     the first lead partner's contact, for replies when no coordinator can be named; optional
 * @param anonymous            whether the partner signed without being named
 * @param answerCount          how many answers the partner has given, each confirmed by email
 * @param revokedAt            when a coordinator withdrew the partner's links; null if never
 * @param draftDiff            what changed in the draft since the version the partner last saw, as a unified
 *                             diff; null for a first request
 */
public record SignOnInvitation(UUID campaignId, String partnerId, String organisation, String contactName,
                               String email, String language, String timeZone, String campaignTitle, int draftVersion,
                               String draftText, Instant signOnDeadline, Instant meetingStartsAt,
                               String meetingTimeZone, SignOnStatus status, Instant answeredAt,
                               Integer answeredDraftVersion, Signatory signatory, String declineReason,
                               String country, String replyTo, String leadContactEmail, boolean anonymous,
                               int answerCount, Instant revokedAt, String draftDiff) {

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    /**
     * Whether the partner should read what changed before the draft: a later request said what
     * changed, and the partner has not answered the version it asks about.
     */
    public boolean showsChanges() {
        return draftDiff != null && !draftDiff.isBlank()
                && (answeredDraftVersion == null || answeredDraftVersion < draftVersion);
    }

    /** Whether signing is still open at {@code now}. */
    public boolean openAt(Instant now) {
        return now.isBefore(signOnDeadline);
    }
}
