package org.demarche.events.outreach;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;

import org.demarche.events.DemarcheEvent;

/**
 * Ask one partner organisation to co-sign the draft. Carries everything the
 * email needs, so outreach never calls back to campaigns.
 *
 * @param language        BCP 47 tag of the partner's language
 * @param timeZone        IANA zone of the partner; the deadline is shown in it
 * @param draftVersion    the draft version the partner is asked to sign
 * @param meetingTimeZone IANA zone of the meeting
 * @param replyTo         address for the partner's replies; optional
 */
public record SignOnRequested(UUID campaignId, String partnerId, String organisation, String contactName,
        String email, String language, String timeZone, String campaignTitle, int draftVersion, String draftText,
        Instant signOnDeadline, Instant meetingStartsAt, String meetingTimeZone, String replyTo)
        implements DemarcheEvent {

    public SignOnRequested {
        requireNonNull(campaignId, "campaignId is required");
        requireNonNull(partnerId, "partnerId is required");
        requireNonNull(organisation, "organisation is required");
        requireNonNull(contactName, "contactName is required");
        requireNonNull(email, "email is required");
        requireNonNull(language, "language is required");
        requireNonNull(timeZone, "timeZone is required");
        requireNonNull(campaignTitle, "campaignTitle is required");
        requireNonNull(draftText, "draftText is required");
        requireNonNull(signOnDeadline, "signOnDeadline is required");
        requireNonNull(meetingStartsAt, "meetingStartsAt is required");
        requireNonNull(meetingTimeZone, "meetingTimeZone is required");
        if (draftVersion < 1) {
            throw new IllegalArgumentException("draftVersion must be at least 1, was " + draftVersion);
        }
    }

    @Override
    public String partitionKey() {
        return campaignId.toString();
    }
}
