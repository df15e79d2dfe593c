package org.demarche.campaigns.campaign;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

/**
 * A letter campaign: one target, one country of concern, timed to one meeting.
 *
 * @param status         one of {@link CampaignStatus}'s values
 * @param draftVersion   the current version of the draft
 * @param letterLanguage the language its letter is written in, fixed when it opened; null for a
 *                       campaign opened before letters had languages (then the target's decides)
 */
public record Campaign(UUID id, UUID meetingId, String targetId, String country, String title, String status,
                       String meetingTitle, Instant meetingStartsAt, String meetingTimeZone, String meetingCity,
                       String otherLeaderName, String otherLeaderTitle, int draftVersion, Instant openedAt,
                       String letterLanguage) {

    /** The meeting's start in its own time zone, where the deadlines are counted. */
    ZonedDateTime meetingStart() {
        return meetingStartsAt.atZone(ZoneId.of(meetingTimeZone));
    }

    /** Whether partners' answers still count. */
    boolean signingOpen() {
        return CampaignStatus.OPEN.equals(status) || CampaignStatus.SIGNING.equals(status);
    }

    /** Whether its letter is final: published (or past it), or the campaign is cancelled. */
    public boolean letterFrozen() {
        return CampaignStatus.PUBLISHED.equals(status) || CampaignStatus.DONE.equals(status)
                || CampaignStatus.CANCELLED.equals(status);
    }

    /** Whether its deadlines may still move. */
    boolean active() {
        return !CampaignStatus.DONE.equals(status) && !CampaignStatus.CANCELLED.equals(status)
                && !CampaignStatus.PAUSED.equals(status);
    }
}
