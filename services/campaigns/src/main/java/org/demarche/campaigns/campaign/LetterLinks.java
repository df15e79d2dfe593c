package org.demarche.campaigns.campaign;

import java.util.UUID;

import org.demarche.campaigns.CampaignsProperties;
import org.springframework.stereotype.Component;

/** Where anyone fetches a campaign's published letter: outreach attaches the PDF to the final emails. */
@Component
class LetterLinks {

    private final CampaignsProperties properties;

    LetterLinks(CampaignsProperties properties) {
        this.properties = properties;
    }

    String pdf(UUID campaignId) {
        return properties.publicBaseUrl() + "/letters/" + campaignId + ".pdf";
    }
}
