package org.demarche.campaigns.campaign;

import java.util.UUID;

import org.demarche.campaigns.CampaignsProperties;
import org.springframework.stereotype.Component;

/**
 * Where anyone fetches a campaign's published letter: outreach attaches the PDF to the final emails;
 * the letter's page is its address to share, with the picture a shared link shows.
 */
@Component
class LetterLinks {

    private final CampaignsProperties properties;

    LetterLinks(CampaignsProperties properties) {
        this.properties = properties;
    }

    String pdf(UUID campaignId) {
        return page(campaignId) + ".pdf";
    }

    String page(UUID campaignId) {
        return properties.publicBaseUrl() + "/letters/" + campaignId;
    }

    String image(UUID campaignId) {
        return page(campaignId) + ".png";
    }
}
