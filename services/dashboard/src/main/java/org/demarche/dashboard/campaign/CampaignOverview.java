package org.demarche.dashboard.campaign;

import java.time.Instant;
import java.util.UUID;

/**
 * One campaign as leads see it in the list, the shape of {@code GET /api/campaigns} and of the
 * stream's {@code campaign} events.
 *
 * @param meetingTimeZone IANA zone of the meeting, in which its date is read; null for campaigns
 *                        projected before the dashboard kept it
 */
public record CampaignOverview(UUID id, String title, String country, String targetName, Instant meetingStartsAt,
                               String meetingTimeZone, String status, NextDeadline nextDeadline, SignOn signOn,
                               Emails emails) {

    public record NextDeadline(String kind, Instant dueAt) {
    }

    /** Partners asked to co-sign, and how many of them signed, declined or have not answered yet. */
    public record SignOn(int invited, int signed, int declined, int pending) {
    }

    /**
     * Emails of every kind the campaign sent: accepted by the mail server, given up on, and
     * returned as undeliverable after they were sent.
     */
    public record Emails(int sent, int failed, int bounced) {

        public boolean haveProblems() {
            return failed > 0 || bounced > 0;
        }
    }
}
