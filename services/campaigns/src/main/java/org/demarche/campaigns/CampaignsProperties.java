package org.demarche.campaigns;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the campaigns service is reached ({@code demarche.campaigns.*}).
 *
 * @param publicBaseUrl where other services and people fetch letters, e.g. outreach the PDF it attaches
 */
@ConfigurationProperties("demarche.campaigns")
public record CampaignsProperties(@DefaultValue("http://localhost:8082") String publicBaseUrl) {

    public CampaignsProperties {
        publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
    }
}
