package org.demarche.dashboard.campaign;

import java.time.Instant;
import java.util.UUID;

/** One campaign as leads see it in the list, the shape of {@code GET /api/campaigns}. */
public record CampaignOverview(UUID id, String title, String country, String targetName, Instant meetingStartsAt,
                               String status, NextDeadline nextDeadline, SignOn signOn, Emails emails) {

    public record NextDeadline(String kind, Instant dueAt) {
    }

    public record SignOn(int invited, int signed, int declined, int pending) {
    }

    public record Emails(int sent, int failed) {
    }
}
