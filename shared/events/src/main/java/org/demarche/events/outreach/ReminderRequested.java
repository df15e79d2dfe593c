package org.demarche.events.outreach;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;

import org.demarche.events.DemarcheEvent;

/**
 * Remind one partner who has neither signed nor declined.
 *
 * @param reminderNumber 1 for the planned reminder, higher for extra ones
 * @param country        ISO 3166-1 alpha-2 code of the campaign's country of concern; optional (added after
 *                       version 1 was first published)
 * @param replyTo        address for the partner's replies: the coordinator who entered the meeting; optional
 * @param leadContactEmail the first lead partner's contact, for replies when nobody else is named; optional
 */
public record ReminderRequested(UUID campaignId, String partnerId, String contactName, String email,
        String language, String timeZone, String campaignTitle, Instant signOnDeadline, int reminderNumber,
        String country, String replyTo, String leadContactEmail) implements DemarcheEvent {

    /** With the campaign's country, without the addresses for replies. */
    public ReminderRequested(UUID campaignId, String partnerId, String contactName, String email, String language,
            String timeZone, String campaignTitle, Instant signOnDeadline, int reminderNumber, String country) {
        this(campaignId, partnerId, contactName, email, language, timeZone, campaignTitle, signOnDeadline,
                reminderNumber, country, null, null);
    }

    /** As first published, without the campaign's country. */
    public ReminderRequested(UUID campaignId, String partnerId, String contactName, String email, String language,
            String timeZone, String campaignTitle, Instant signOnDeadline, int reminderNumber) {
        this(campaignId, partnerId, contactName, email, language, timeZone, campaignTitle, signOnDeadline,
                reminderNumber, null, null, null);
    }

    public ReminderRequested {
        requireNonNull(campaignId, "campaignId is required");
        requireNonNull(partnerId, "partnerId is required");
        requireNonNull(contactName, "contactName is required");
        requireNonNull(email, "email is required");
        requireNonNull(language, "language is required");
        requireNonNull(timeZone, "timeZone is required");
        requireNonNull(campaignTitle, "campaignTitle is required");
        requireNonNull(signOnDeadline, "signOnDeadline is required");
        if (reminderNumber < 1) {
            throw new IllegalArgumentException("reminderNumber must be at least 1, was " + reminderNumber);
        }
    }

    @Override
    public String partitionKey() {
        return campaignId.toString();
    }
}
