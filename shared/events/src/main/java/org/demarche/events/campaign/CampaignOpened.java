package org.demarche.events.campaign;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;

import org.demarche.events.DemarcheEvent;

/**
 * A meeting brought together a registered target and a country with an open
 * case, so a letter campaign began.
 *
 * @param targetId        registry id of the official the letter is addressed to
 * @param country         ISO 3166-1 alpha-2 code of the country whose cases the letter raises
 * @param meetingTimeZone IANA zone in which the campaign's deadlines are computed
 * @param targetName      the official's name as leads know it (optional, added in schema version 1)
 */
public record CampaignOpened(UUID campaignId, UUID meetingId, String targetId, String country, String title,
        Instant meetingStartsAt, String meetingTimeZone, String targetName) implements DemarcheEvent {

    public CampaignOpened {
        requireNonNull(campaignId, "campaignId is required");
        requireNonNull(meetingId, "meetingId is required");
        requireNonNull(targetId, "targetId is required");
        requireNonNull(country, "country is required");
        requireNonNull(title, "title is required");
        requireNonNull(meetingStartsAt, "meetingStartsAt is required");
        requireNonNull(meetingTimeZone, "meetingTimeZone is required");
    }

    @Override
    public String partitionKey() {
        return campaignId.toString();
    }
}
