package org.demarche.dashboard.campaign;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One campaign with its deadlines, partners and history, the shape of {@code GET /api/campaigns/{id}}. */
public record CampaignDetail(UUID id, String title, String country, String targetName, Instant meetingStartsAt,
                             String meetingTimeZone, String status, CampaignOverview.NextDeadline nextDeadline,
                             CampaignOverview.SignOn signOn, CampaignOverview.Emails emails, List<Deadline> deadlines,
                             List<Partner> partners, List<HistoryEntry> history) {

    /** @param status {@code scheduled} or {@code reached} */
    public record Deadline(String kind, Instant dueAt, String status) {
    }

    /**
     * A partner asked to co-sign and what became of it.
     *
     * @param country         ISO 3166-1 alpha-2 code of the organisation's country, as its signatory gave it;
     *                        null until it signs (no event the dashboard reads carries it before)
     * @param answer          {@code pending}, {@code signed} or {@code declined}
     * @param answeredAt      when it signed or declined; null while pending
     * @param delivery        the latest email to it: {@code queued}, {@code sent}, {@code failed} or {@code bounced}
     * @param deliveryProblem why it failed or bounced; null otherwise
     */
    public record Partner(String partnerId, String organisation, String country, String email, String answer, Instant answeredAt,
                          String delivery, String deliveryProblem) {

        public boolean hasDeliveryProblem() {
            return deliveryProblem != null;
        }
    }

    public record HistoryEntry(UUID eventId, String type, Instant at, String summary) {
    }

    static CampaignDetail of(CampaignOverview overview, List<Deadline> deadlines, List<Partner> partners,
                             List<HistoryEntry> history) {
        return new CampaignDetail(overview.id(), overview.title(), overview.country(), overview.targetName(),
                overview.meetingStartsAt(), overview.meetingTimeZone(), overview.status(), overview.nextDeadline(),
                overview.signOn(), overview.emails(), deadlines, partners, history);
    }

    /** The list entry of this campaign. */
    public CampaignOverview overview() {
        return new CampaignOverview(id, title, country, targetName, meetingStartsAt, meetingTimeZone, status,
                nextDeadline, signOn, emails);
    }
}
