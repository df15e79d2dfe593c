package org.demarche.campaigns.campaign;

import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

import org.demarche.campaigns.console.ConsoleTimes;

/** A campaign in the coordinators' list, and at the head of its own page. */
public record CampaignRow(UUID id, String title, String status, String country, String targetName, String meetingTitle,
                   String meetingText, String meetingAt, String zone) {

    public static CampaignRow of(Campaign campaign, String targetName, Locale locale) {
        ZoneId zone = ConsoleTimes.zone(campaign.meetingTimeZone());
        return new CampaignRow(campaign.id(), campaign.title(), campaign.status(), campaign.country(), targetName,
                campaign.meetingTitle(), ConsoleTimes.text(campaign.meetingStartsAt(), zone, locale),
                campaign.meetingStartsAt().toString(), zone.getId());
    }
}
