package org.demarche.campaigns;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the campaigns service is reached, and how its pages reach the other services' pages
 * ({@code demarche.campaigns.*}).
 *
 * @param publicBaseUrl where other services and people fetch letters, e.g. outreach the PDF it attaches
 * @param dashboardUrl  the leads' dashboard, linked from every page of the coordinators' console
 * @param intakeUrl     the intake service, whose meetings page ({@code /meetings}) every console page links to
 */
@ConfigurationProperties("demarche.campaigns")
public record CampaignsProperties(@DefaultValue("http://localhost:8082") String publicBaseUrl,
                                  @DefaultValue("http://localhost:8080") String dashboardUrl,
                                  @DefaultValue("http://localhost:8081") String intakeUrl) {

    public CampaignsProperties {
        publicBaseUrl = withoutTrailingSlash(publicBaseUrl);
        dashboardUrl = withoutTrailingSlash(dashboardUrl);
        intakeUrl = withoutTrailingSlash(intakeUrl);
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
