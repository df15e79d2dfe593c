package org.demarche.dashboard.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class CampaignFilterTest {

    @Test
    void keepsEveryCampaignWhenNothingIsChosen() {
        CampaignFilter filter = new CampaignFilter("", "  ");

        assertThat(filter.isActive()).isFalse();
        assertThat(filter.matches(campaign("signing", "AZ"))).isTrue();
        assertThat(filter.applyTo("")).isEmpty();
    }

    @Test
    void keepsOnlyCampaignsOfTheChosenStatusAndCountryWhateverTheCase() {
        CampaignFilter filter = new CampaignFilter("Signing", "az");

        assertThat(filter.matches(campaign("signing", "AZ"))).isTrue();
        assertThat(filter.matches(campaign("open", "AZ"))).isFalse();
        assertThat(filter.matches(campaign("signing", "TR"))).isFalse();
        assertThat(filter.applyTo("")).isEqualTo("?status=signing&country=AZ");
    }

    private static CampaignOverview campaign(String status, String country) {
        return new CampaignOverview(UUID.randomUUID(), "t", country, "target", Instant.EPOCH, "UTC", status, null,
                new CampaignOverview.SignOn(0, 0, 0, 0), new CampaignOverview.Emails(0, 0, 0));
    }
}
