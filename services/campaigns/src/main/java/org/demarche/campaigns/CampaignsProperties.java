package org.demarche.campaigns;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the campaigns service is reached ({@code demarche.campaigns.*}). The addresses of the other
 * services' pages, for the navigation, are the platform's ({@code demarche.web.service-urls.*}).
 *
 * @param publicBaseUrl where other services and people fetch letters, e.g. outreach the PDF it attaches
 */
@ConfigurationProperties("demarche.campaigns")
public record CampaignsProperties(@DefaultValue("http://localhost:8082") String publicBaseUrl) {

    public CampaignsProperties {
        publicBaseUrl = withoutTrailingSlash(publicBaseUrl);
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
