package org.demarche.dashboard.campaign;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;


/**
 * Signatures over time, the campaign page's chart and its table: a step line that starts at zero
 * at the first deadline (or the first signature, if earlier), rises by one at each partner's
 * signature, and runs flat to now, or to the last deadline once that has passed. A partner that
 * signed and later declined counts no more: the read model keeps each partner's latest answer.
 */
final class SignatureSeries {

    /** @param signed signatures given up to and including {@code at} */
    record Point(Instant at, int signed) {

        /** Seconds since the epoch, the x of the chart. */
        public long epochSecond() {
            return at.getEpochSecond();
        }
    }

    private SignatureSeries() {
    }

    static List<Point> of(List<CampaignDetail.Partner> partners, List<CampaignDetail.Deadline> deadlines, Instant now) {
        List<Instant> signatures = partners.stream()
                .filter(p -> "signed".equals(p.answer()))
                .map(CampaignDetail.Partner::answeredAt)
                .filter(Objects::nonNull)
                .sorted()
                .toList();
        Instant firstDeadline = deadlines.stream().map(CampaignDetail.Deadline::dueAt).min(Comparator.naturalOrder())
                .orElse(null);
        Instant lastDeadline = deadlines.stream().map(CampaignDetail.Deadline::dueAt).max(Comparator.naturalOrder())
                .orElse(null);
        List<Point> points = new ArrayList<>();
        if (firstDeadline != null && (signatures.isEmpty() || firstDeadline.isBefore(signatures.get(0)))) {
            points.add(new Point(firstDeadline, 0));
        }
        for (int i = 0; i < signatures.size(); i++) {
            Point point = new Point(signatures.get(i), i + 1);
            if (!points.isEmpty() && points.get(points.size() - 1).at().equals(point.at())) {
                points.set(points.size() - 1, point); // signatures at the same moment make one step
            } else {
                points.add(point);
            }
        }
        if (lastDeadline != null && !points.isEmpty()) {
            Instant end = now.isBefore(lastDeadline) ? now : lastDeadline;
            Point last = points.get(points.size() - 1);
            if (end.isAfter(last.at())) {
                points.add(new Point(end, last.signed()));
            }
        }
        return List.copyOf(points);
    }
}
