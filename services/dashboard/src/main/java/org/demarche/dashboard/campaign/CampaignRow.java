package org.demarche.dashboard.campaign;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;


/**
 * One row of the leads' table: the campaign's overview and what the page shows of it, read in the
 * meeting's zone and the page's language at the moment the page is rendered. Words that depend on
 * a number ("in 3 days", "1 of 3 signed") are the message bundles'; this gives them the numbers.
 *
 * @param meetingDate   e.g. "Fri 20 Jul 2018, 11:00"
 * @param daysToMeeting calendar days to the meeting in its zone, see {@link MeetingCountdown}
 * @param deadlineDate  the next deadline's day, e.g. "Wed 18 Jul 2018"; empty when none is left
 */
record CampaignRow(CampaignOverview campaign, String meetingDate, String zone, long daysToMeeting,
                          String deadlineDate) {

    static CampaignRow of(CampaignOverview campaign, Instant now, Locale locale) {
        ZoneId zone = LocalTimes.zone(campaign.meetingTimeZone());
        return new CampaignRow(campaign, LocalTimes.dayAndTime(campaign.meetingStartsAt(), zone, locale), zone.getId(),
                MeetingCountdown.days(campaign.meetingStartsAt(), zone, now),
                campaign.nextDeadline() == null ? "" : LocalTimes.day(campaign.nextDeadline().dueAt(), zone, locale));
    }

    /** Days to the meeting, or since it, without the sign: the number the countdown's words say. */
    public long countdownDays() {
        return Math.abs(daysToMeeting);
    }

    /** Whether any email of the campaign failed or bounced. */
    public boolean emailProblems() {
        return campaign.emails().haveProblems();
    }

    /** Signed partners out of those asked, 0 to 100, for the text next to the progress bar. */
    public long signedPercent() {
        CampaignOverview.SignOn signOn = campaign.signOn();
        return signOn.invited() == 0 ? 0 : Math.round(100.0 * signOn.signed() / signOn.invited());
    }
}
