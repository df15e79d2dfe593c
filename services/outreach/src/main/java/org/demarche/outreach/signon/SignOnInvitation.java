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
 */
public record SignOnInvitation(UUID campaignId, String partnerId, String organisation, String contactName,
                               String email, String language, String timeZone, String campaignTitle, int draftVersion,
                               String draftText, Instant signOnDeadline, Instant meetingStartsAt,
                               String meetingTimeZone, SignOnStatus status, Instant answeredAt,
                               Integer answeredDraftVersion, Signatory signatory, String declineReason) {

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** Whether signing is still open at {@code now}. */
    public boolean openAt(Instant now) {
        return now.isBefore(signOnDeadline);
    }
}
