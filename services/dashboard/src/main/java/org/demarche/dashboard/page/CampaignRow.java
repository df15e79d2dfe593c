package org.demarche.dashboard.page;

import java.time.Instant;
import java.time.ZoneId;

import org.demarche.dashboard.campaign.CampaignOverview;

/**
 * One row of the leads' table: the campaign's overview and what the page shows of it in words,
 * read in the meeting's zone at the moment the page is rendered.
 *
 * @param meetingDate  e.g. "Fri 20 Jul 2018, 11:00"
 * @param countdown    e.g. "in 3 days", see {@link MeetingCountdown}
 * @param deadlineDate the next deadline's day, e.g. "Wed 18 Jul 2018"; empty when none is left
 * @param signOnText   e.g. "1 of 3 signed · 1 declined · 1 pending"
 */
public record CampaignRow(CampaignOverview campaign, String meetingDate, String zone, String countdown,
                          String deadlineDate, String signOnText) {

    static CampaignRow of(CampaignOverview campaign, Instant now) {
        ZoneId zone = LocalTimes.zone(campaign.meetingTimeZone());
        CampaignOverview.SignOn signOn = campaign.signOn();
        String signOnText = signOn.invited() == 0 ? "no partner asked yet"
                : signOn.signed() + " of " + signOn.invited() + " signed · " + signOn.declined() + " declined · "
                        + signOn.pending() + " pending";
        return new CampaignRow(campaign, LocalTimes.dayAndTime(campaign.meetingStartsAt(), zone), zone.getId(),
                MeetingCountdown.describe(campaign.meetingStartsAt(), zone, now),
                campaign.nextDeadline() == null ? "" : LocalTimes.day(campaign.nextDeadline().dueAt(), zone),
                signOnText);
    }

    /** Whether any email of the campaign failed or bounced. */
    public boolean emailProblems() {
        return campaign.emails().haveProblems();
    }
}
