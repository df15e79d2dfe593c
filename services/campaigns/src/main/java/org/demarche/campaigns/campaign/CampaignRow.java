package org.demarche.campaigns.console;

import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

import org.demarche.campaigns.campaign.Campaign;

/** A campaign in the console's list. */
record CampaignRow(UUID id, String title, String status, String country, String targetName, String meetingTitle,
                   String meetingText, String meetingAt, String zone) {

    static CampaignRow of(Campaign campaign, String targetName, Locale locale) {
        ZoneId zone = ConsoleTimes.zone(campaign.meetingTimeZone());
        return new CampaignRow(campaign.id(), campaign.title(), campaign.status(), campaign.country(), targetName,
                campaign.meetingTitle(), ConsoleTimes.text(campaign.meetingStartsAt(), zone, locale),
                campaign.meetingStartsAt().toString(), zone.getId());
    }
}
