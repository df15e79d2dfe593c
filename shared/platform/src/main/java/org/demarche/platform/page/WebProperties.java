package org.demarche.platform.page;

import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What every service's pages share ({@code demarche.web.*}).
 *
 * @param languages   the languages the service's pages are written in, the default first: English and
 *                    French for the staff's pages; outreach adds its partners' languages
 * @param serviceUrls where people's browsers reach each service, for the navigation between them
 */
@ConfigurationProperties("demarche.web")
public record WebProperties(@DefaultValue({"en", "fr"}) List<Locale> languages, @DefaultValue ServiceUrls serviceUrls) {

    /**
     * The address of each service as browsers reach it, without a trailing slash. The defaults are
     * the local stack's ports; behind one host name (Kubernetes' ingress) all four are that host.
     */
    public record ServiceUrls(@DefaultValue("http://localhost:8080") String dashboard,
                              @DefaultValue("http://localhost:8081") String intake,
                              @DefaultValue("http://localhost:8082") String campaigns,
                              @DefaultValue("http://localhost:8083") String outreach) {

        public ServiceUrls {
            dashboard = withoutTrailingSlash(dashboard);
            intake = withoutTrailingSlash(intake);
            campaigns = withoutTrailingSlash(campaigns);
            outreach = withoutTrailingSlash(outreach);
        }

        /** The address of a service by its {@code spring.application.name}. */
        public String of(String service) {
            return switch (service) {
                case "dashboard" -> dashboard;
                case "intake" -> intake;
                case "campaigns" -> campaigns;
                case "outreach" -> outreach;
                default -> throw new IllegalArgumentException("no service named " + service);
            };
        }

        private static String withoutTrailingSlash(String url) {
            return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        }
    }
}
