package org.demarche.campaigns.campaign;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

/**
 * A letter campaign: one target, one country of concern, timed to one meeting.
 *
 * @param status one of {@link CampaignStatus}'s values
 */
public record Campaign(UUID id, UUID meetingId, String targetId, String country, String title, String status,
                       String meetingTitle, Instant meetingStartsAt, String meetingTimeZone, String meetingCity,
                       String otherLeaderName, String otherLeaderTitle, int draftVersion, Instant openedAt) {

    /** The meeting's start in its own time zone, where the deadlines are counted. */
    public ZonedDateTime meetingStart() {
        return meetingStartsAt.atZone(ZoneId.of(meetingTimeZone));
    }

    /** Whether partners' answers still count. */
    public boolean signingOpen() {
        return CampaignStatus.OPEN.equals(status) || CampaignStatus.SIGNING.equals(status);
    }

    /** Whether its deadlines may still move. */
    public boolean active() {
        return !CampaignStatus.DONE.equals(status) && !CampaignStatus.CANCELLED.equals(status)
                && !CampaignStatus.PAUSED.equals(status);
    }
}
