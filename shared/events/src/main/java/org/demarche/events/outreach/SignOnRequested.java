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
 * @param replyTo         address for the partner's replies: the coordinator who entered the meeting; optional
 * @param country         ISO 3166-1 alpha-2 code of the campaign's country of concern; optional (added
 *                        after version 1 was first published, so older producers leave it out). Outreach
 *                        keeps partners' opt-outs per country with it
 * @param diff            when the partner is asked again because a later draft changed the ask or the
 *                        people named: a unified diff from the version the partner last saw to this one;
 *                        optional
 * @param leadContactEmail the first lead partner's contact address: where replies go when neither {@code replyTo}
 *                        nor outreach's own configuration names a person; optional (added after version 1 was
 *                        first published)
 */
public record SignOnRequested(UUID campaignId, String partnerId, String organisation, String contactName,
        String email, String language, String timeZone, String campaignTitle, int draftVersion, String draftText,
        Instant signOnDeadline, Instant meetingStartsAt, String meetingTimeZone, String replyTo, String country,
        String diff, String leadContactEmail) implements DemarcheEvent {

    /** With the campaign's country and a diff, without the lead partner's contact. */
    public SignOnRequested(UUID campaignId, String partnerId, String organisation, String contactName, String email,
            String language, String timeZone, String campaignTitle, int draftVersion, String draftText,
            Instant signOnDeadline, Instant meetingStartsAt, String meetingTimeZone, String replyTo, String country,
            String diff) {
        this(campaignId, partnerId, organisation, contactName, email, language, timeZone, campaignTitle, draftVersion,
                draftText, signOnDeadline, meetingStartsAt, meetingTimeZone, replyTo, country, diff, null);
    }

    /** As first published, without the campaign's country. */
    public SignOnRequested(UUID campaignId, String partnerId, String organisation, String contactName, String email,
            String language, String timeZone, String campaignTitle, int draftVersion, String draftText,
            Instant signOnDeadline, Instant meetingStartsAt, String meetingTimeZone, String replyTo) {
        this(campaignId, partnerId, organisation, contactName, email, language, timeZone, campaignTitle, draftVersion,
                draftText, signOnDeadline, meetingStartsAt, meetingTimeZone, replyTo, null, null, null);
    }

    /** With the campaign's country, without a diff: a first request. */
    public SignOnRequested(UUID campaignId, String partnerId, String organisation, String contactName, String email,
            String language, String timeZone, String campaignTitle, int draftVersion, String draftText,
            Instant signOnDeadline, Instant meetingStartsAt, String meetingTimeZone, String replyTo, String country) {
        this(campaignId, partnerId, organisation, contactName, email, language, timeZone, campaignTitle, draftVersion,
                draftText, signOnDeadline, meetingStartsAt, meetingTimeZone, replyTo, country, null, null);
    }

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
