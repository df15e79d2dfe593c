package org.demarche.dashboard.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.demarche.dashboard.campaign.SignatureSeries.Point;
import org.junit.jupiter.api.Test;

class SignatureSeriesTest {

    private static final Instant REQUESTS = Instant.parse("2018-07-11T09:00:00Z");
    private static final Instant CLOSES = Instant.parse("2018-07-17T09:00:00Z");
    private static final List<CampaignDetail.Deadline> DEADLINES = List.of(
            new CampaignDetail.Deadline("sign-on-requests", REQUESTS, "reached"),
            new CampaignDetail.Deadline("sign-on-closes", CLOSES, "scheduled"));

    @Test
    void startsAtZeroOnTheFirstDeadlineAndRisesByOneAtEachSignatureUntilNow() {
        Instant now = Instant.parse("2018-07-14T12:00:00Z");
        List<Point> series = SignatureSeries.of(List.of(
                partner("b", "signed", "2018-07-13T08:00:00Z"),
                partner("a", "signed", "2018-07-12T10:00:00Z"),
                partner("c", "declined", "2018-07-12T11:00:00Z"),
                partner("d", "pending", null)), DEADLINES, now);

        assertThat(series).containsExactly(
                new Point(REQUESTS, 0),
                new Point(Instant.parse("2018-07-12T10:00:00Z"), 1),
                new Point(Instant.parse("2018-07-13T08:00:00Z"), 2),
                new Point(now, 2));
    }

    @Test
    void runsFlatOnlyUpToTheLastDeadlineOnceItHasPassed() {
        List<Point> series = SignatureSeries.of(List.of(partner("a", "signed", "2018-07-12T10:00:00Z")), DEADLINES,
                Instant.parse("2025-01-01T00:00:00Z"));

        assertThat(series).last().isEqualTo(new Point(CLOSES, 1));
    }

    @Test
    void makesOneStepOfSignaturesGivenAtTheSameMoment() {
        List<Point> series = SignatureSeries.of(List.of(
                partner("a", "signed", "2018-07-12T10:00:00Z"),
                partner("b", "signed", "2018-07-12T10:00:00Z")), List.of(), Instant.parse("2018-07-14T00:00:00Z"));

        assertThat(series).containsExactly(new Point(Instant.parse("2018-07-12T10:00:00Z"), 2));
    }

    @Test
    void isEmptyWithNeitherDeadlineNorSignature() {
        assertThat(SignatureSeries.of(List.of(partner("a", "pending", null)), List.of(), Instant.parse("2018-07-14T00:00:00Z"))).isEmpty();
    }

    private static CampaignDetail.Partner partner(String id, String answer, String answeredAt) {
        return new CampaignDetail.Partner(id, "Organisation " + id, "AZ", id + "@example.org", answer,
                answeredAt == null ? null : Instant.parse(answeredAt), "sent", null);
    }
}
