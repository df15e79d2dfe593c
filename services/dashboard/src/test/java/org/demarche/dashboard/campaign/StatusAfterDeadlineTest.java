package org.demarche.dashboard.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatusAfterDeadlineTest {

    @Test
    void followsTheCampaignThroughSigning() {
        assertThat(CampaignProjection.statusAfter("sign-on-requests")).contains("signing");
        assertThat(CampaignProjection.statusAfter("sign-on-closes")).contains("closed-for-signing");
    }

    @Test
    void leavesPublicationAndTheEndToTheirOwnEvents() {
        assertThat(CampaignProjection.statusAfter("reminder")).isEmpty();
        assertThat(CampaignProjection.statusAfter("publication")).isEmpty();
        assertThat(CampaignProjection.statusAfter("follow-up")).isEmpty();
    }
}
