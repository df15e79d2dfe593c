package org.demarche.campaigns.campaign;

import java.util.UUID;

import org.demarche.campaigns.CampaignsProperties;
import org.springframework.stereotype.Component;

/** Where others fetch a campaign's letter: outreach attaches the PDF to the final emails. */
@Component
class LetterLinks {

    private final CampaignsProperties properties;

    LetterLinks(CampaignsProperties properties) {
        this.properties = properties;
    }

    String pdf(UUID campaignId) {
        return properties.publicBaseUrl() + "/api/campaigns/" + campaignId + "/letter?format=pdf";
    }
}
