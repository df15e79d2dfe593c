package org.demarche.dashboard.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class LetterLinkTest {

    private static final URI CAMPAIGNS = URI.create("https://campaigns.example.org");
    private static final UUID ID = UUID.fromString("6f1c2a57-0000-4000-8000-000000000001");

    @Test
    void pointsAtTheCurrentDraftThroughTheCampaignsApiBeforePublication() {
        LetterLink link = LetterLink.of(CAMPAIGNS, ID, "signing");

        assertThat(link.pdf()).hasToString("https://campaigns.example.org/api/campaigns/" + ID + "/letter?format=pdf");
        assertThat(link.published()).isFalse();
    }

    @Test
    void pointsAtTheOpenPublishedLetterOncePublishedAndAfter() {
        assertThat(LetterLink.of(CAMPAIGNS, ID, "published").pdf())
                .hasToString("https://campaigns.example.org/letters/" + ID + ".pdf");
        assertThat(LetterLink.of(CAMPAIGNS, ID, "done").published()).isTrue();
    }
}
