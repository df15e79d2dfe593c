package org.demarche.dashboard.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.demarche.dashboard.campaign.CampaignOverview;
import org.junit.jupiter.api.Test;

class CampaignRowTest {

    private static final Instant NOW = Instant.parse("2018-07-17T10:00:00Z");

    @Test
    void readsTheMeetingAndTheNextDeadlineInTheMeetingsZone() {
        CampaignRow row = CampaignRow.of(overview("Europe/Paris", 3, 1, 1, 0), NOW);

        assertThat(row.meetingDate()).isEqualTo("Fri 20 Jul 2018, 11:00");
        assertThat(row.countdown()).isEqualTo("in 3 days");
        assertThat(row.deadlineDate()).isEqualTo("Wed 18 Jul 2018");
        assertThat(row.signOnText()).isEqualTo("1 of 3 signed · 1 declined · 1 pending");
        assertThat(row.emailProblems()).isFalse();
    }

    @Test
    void readsInUtcWhenTheZoneIsUnknownAndFlagsFailedEmails() {
        CampaignRow row = CampaignRow.of(overview(null, 0, 0, 0, 1), NOW);

        assertThat(row.meetingDate()).isEqualTo("Fri 20 Jul 2018, 09:00");
        assertThat(row.zone()).isEqualTo("UTC");
        assertThat(row.signOnText()).isEqualTo("no partner asked yet");
        assertThat(row.emailProblems()).isTrue();
    }

    private static CampaignOverview overview(String zone, int invited, int signed, int declined, int failed) {
        return new CampaignOverview(UUID.randomUUID(), "Macron – Aliyev, Paris", "AZ", "Emmanuel Macron",
                Instant.parse("2018-07-20T09:00:00Z"), zone, "open",
                new CampaignOverview.NextDeadline("publication", Instant.parse("2018-07-18T09:00:00Z")),
                new CampaignOverview.SignOn(invited, signed, declined, invited - signed - declined),
                new CampaignOverview.Emails(2, failed, 0));
    }
}
