package org.demarche.dashboard.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class CampaignRowTest {

    private static final Instant NOW = Instant.parse("2018-07-17T10:00:00Z");

    @Test
    void readsTheMeetingAndTheNextDeadlineInTheMeetingsZone() {
        CampaignRow row = CampaignRow.of(overview("Europe/Paris", 3, 1, 1, 0), NOW, Locale.ENGLISH);

        assertThat(row.meetingDate()).isEqualTo("Fri 20 Jul 2018, 11:00 CEST");
        assertThat(row.daysToMeeting()).isEqualTo(3);
        assertThat(row.deadlineDate()).isEqualTo("Wed 18 Jul 2018");
        assertThat(row.signedPercent()).isEqualTo(33);
        assertThat(row.emailProblems()).isFalse();
    }

    @Test
    void writesDatesInThePagesLanguage() {
        CampaignRow row = CampaignRow.of(overview("Europe/Paris", 3, 1, 1, 0), NOW, Locale.FRENCH);

        assertThat(row.meetingDate()).isEqualTo("ven. 20 juil. 2018, 11:00 CEST");
        assertThat(row.deadlineDate()).isEqualTo("mer. 18 juil. 2018");
    }

    @Test
    void readsInUtcWhenTheZoneIsUnknownAndFlagsFailedEmails() {
        CampaignRow row = CampaignRow.of(overview(null, 0, 0, 0, 1), NOW, Locale.ENGLISH);

        assertThat(row.meetingDate()).isEqualTo("Fri 20 Jul 2018, 09:00 UTC");
        assertThat(row.zone()).isEqualTo("UTC");
        assertThat(row.signedPercent()).as("no partner asked: nothing signed, no division by zero").isZero();
        assertThat(row.emailProblems()).isTrue();
    }

    @Test
    void countsTheDaysSinceAPassedMeetingWithoutTheirSign() {
        CampaignRow row = CampaignRow.of(overview("Europe/Paris", 3, 3, 0, 0), Instant.parse("2018-07-22T10:00:00Z"),
                Locale.ENGLISH);

        assertThat(row.daysToMeeting()).isEqualTo(-2);
        assertThat(row.countdownDays()).isEqualTo(2);
        assertThat(row.signedPercent()).isEqualTo(100);
    }

    private static CampaignOverview overview(String zone, int invited, int signed, int declined, int failed) {
        return new CampaignOverview(UUID.randomUUID(), "Macron – Aliyev, Paris", "AZ", "Emmanuel Macron",
                Instant.parse("2018-07-20T09:00:00Z"), zone, "open",
                new CampaignOverview.NextDeadline("publication", Instant.parse("2018-07-18T09:00:00Z")),
                new CampaignOverview.SignOn(invited, signed, declined, invited - signed - declined),
                new CampaignOverview.Emails(2, failed, 0));
    }
}
