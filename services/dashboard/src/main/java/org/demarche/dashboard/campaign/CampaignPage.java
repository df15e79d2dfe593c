package org.demarche.dashboard.campaign;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.demarche.dashboard.audit.AuditEntry;

/**
 * One campaign's page: its row, the deadlines past and to come, the partners, the coordinators'
 * actions, the signatures over time and the history, with every time in the meeting's zone.
 */
record CampaignPage(CampaignRow row, List<DeadlineLine> deadlines, List<PartnerLine> partners,
                           List<HistoryLine> history, List<AuditLine> audit, List<SignaturePoint> signatures,
                           LetterLink letter) {

    /** @param past whether it was due before the page's clock */
    public record DeadlineLine(String kind, Instant dueAt, String dueText, String status, boolean past) {

        public long epochSecond() {
            return dueAt.getEpochSecond();
        }
    }

    /**
     * @param answeredText when it answered, in the meeting's zone; empty while pending
     */
    public record PartnerLine(CampaignDetail.Partner partner, String answeredText) {
    }

    public record HistoryLine(Instant at, String atText, String summary) {
    }

    /** One coordinator's action from the audit log: who, when, what, why. */
    public record AuditLine(AuditEntry entry, String atText) {
    }

    /** One step of {@link SignatureSeries}, with its time as the page shows it. */
    public record SignaturePoint(long epochSecond, Instant at, String atText, int signed) {
    }

    static CampaignPage of(CampaignDetail detail, List<AuditEntry> audit, Instant now, Locale locale,
                           URI campaignsUrl) {
        CampaignRow row = CampaignRow.of(detail.overview(), now, locale);
        ZoneId zone = ZoneId.of(row.zone());
        List<DeadlineLine> deadlines = detail.deadlines().stream()
                .map(d -> new DeadlineLine(d.kind(), d.dueAt(), LocalTimes.dayAndTime(d.dueAt(), zone, locale),
                        d.status(), !d.dueAt().isAfter(now)))
                .toList();
        List<HistoryLine> history = detail.history().stream()
                .map(h -> new HistoryLine(h.at(), LocalTimes.dayAndTime(h.at(), zone, locale), h.summary()))
                .toList();
        List<PartnerLine> partners = detail.partners().stream()
                .map(p -> new PartnerLine(p, LocalTimes.dayAndTime(p.answeredAt(), zone, locale)))
                .toList();
        List<AuditLine> actions = audit.stream()
                .map(a -> new AuditLine(a, LocalTimes.dayAndTime(a.at(), zone, locale)))
                .toList();
        List<SignaturePoint> signatures = SignatureSeries.of(detail.partners(), detail.deadlines(), now).stream()
                .map(p -> new SignaturePoint(p.epochSecond(), p.at(), LocalTimes.dayAndTime(p.at(), zone, locale),
                        p.signed()))
                .toList();
        return new CampaignPage(row, deadlines, partners, history, actions, signatures,
                LetterLink.of(campaignsUrl, detail.id(), detail.status()));
    }

    /** The series as the chart script reads it: "epochSecond:signed" pairs separated by spaces. */
    public String chartSeries() {
        StringBuilder series = new StringBuilder();
        for (SignaturePoint point : signatures) {
            if (series.length() > 0) {
                series.append(' ');
            }
            series.append(point.epochSecond()).append(':').append(point.signed());
        }
        return series.toString();
    }
}
