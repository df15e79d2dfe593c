package org.demarche.dashboard.campaign;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One campaign with its deadlines and history, the shape of {@code GET /api/campaigns/{id}}. */
public record CampaignDetail(UUID id, String title, String country, String targetName, Instant meetingStartsAt,
                             String status, CampaignOverview.NextDeadline nextDeadline, CampaignOverview.SignOn signOn,
                             CampaignOverview.Emails emails, List<Deadline> deadlines, List<HistoryEntry> history) {

    public record Deadline(String kind, Instant dueAt, String status) {
    }

    public record HistoryEntry(UUID eventId, String type, Instant at, String summary) {
    }

    static CampaignDetail of(CampaignOverview overview, List<Deadline> deadlines, List<HistoryEntry> history) {
        return new CampaignDetail(overview.id(), overview.title(), overview.country(), overview.targetName(),
                overview.meetingStartsAt(), overview.status(), overview.nextDeadline(), overview.signOn(),
                overview.emails(), deadlines, history);
    }
}
