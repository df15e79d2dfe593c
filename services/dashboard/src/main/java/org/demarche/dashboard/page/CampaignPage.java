package org.demarche.dashboard.page;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.demarche.dashboard.campaign.CampaignDetail;

/**
 * One campaign's page: its row, the deadlines past and to come, the partners and the history, with
 * every time in the meeting's zone.
 */
public record CampaignPage(CampaignRow row, List<DeadlineLine> deadlines, List<PartnerLine> partners,
                           List<HistoryLine> history) {

    /** @param when "past" or "to come", against the page's clock */
    public record DeadlineLine(String kind, Instant dueAt, String dueText, String status, String when) {
    }

    /** @param answeredText when it answered, in the meeting's zone; empty while pending */
    public record PartnerLine(CampaignDetail.Partner partner, String answeredText) {
    }

    public record HistoryLine(Instant at, String atText, String summary) {
    }

    static CampaignPage of(CampaignDetail detail, Instant now) {
        CampaignRow row = CampaignRow.of(detail.overview(), now);
        ZoneId zone = ZoneId.of(row.zone());
        List<DeadlineLine> deadlines = detail.deadlines().stream()
                .map(d -> new DeadlineLine(d.kind(), d.dueAt(), LocalTimes.dayAndTime(d.dueAt(), zone), d.status(),
                        d.dueAt().isAfter(now) ? "to come" : "past"))
                .toList();
        List<HistoryLine> history = detail.history().stream()
                .map(h -> new HistoryLine(h.at(), LocalTimes.dayAndTime(h.at(), zone), h.summary()))
                .toList();
        List<PartnerLine> partners = detail.partners().stream()
                .map(p -> new PartnerLine(p, LocalTimes.dayAndTime(p.answeredAt(), zone)))
                .toList();
        return new CampaignPage(row, deadlines, partners, history);
    }
}
