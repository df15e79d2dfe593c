package org.demarche.dashboard.campaign;

import java.util.List;
import java.util.Locale;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the leads' table is narrowed to: {@code ?status=&country=}, each optional. Applied on the
 * server to the page, to each row the live stream asks for, and to the table fetched again after a
 * reconnection, so a filtered page never shows a campaign outside its filter.
 *
 * @param status  one of {@link #STATUSES}, or null for every status
 * @param country an ISO 3166-1 alpha-2 code, upper case, or null for every country
 */
record CampaignFilter(String status, String country) {

    /** The campaign statuses of the public API, in the order a campaign goes through them. */
    public static final List<String> STATUSES = List.of("open", "signing", "closed-for-signing", "published", "paused",
            "cancelled", "done");

    public CampaignFilter {
        status = blankToNull(status);
        country = blankToNull(country);
        if (status != null) {
            status = status.toLowerCase(Locale.ROOT);
        }
        if (country != null) {
            country = country.toUpperCase(Locale.ROOT);
        }
    }

    public static CampaignFilter none() {
        return new CampaignFilter(null, null);
    }

    public boolean matches(CampaignOverview campaign) {
        return (status == null || status.equals(campaign.status()))
                && (country == null || country.equals(campaign.country()));
    }

    public boolean isActive() {
        return status != null || country != null;
    }

    /** The filter as a query string for {@code path}, e.g. {@code /?status=signing}; only what is set. */
    public String applyTo(String path) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        if (status != null) {
            uri.queryParam("status", status);
        }
        if (country != null) {
            uri.queryParam("country", country);
        }
        return uri.encode().build().toUriString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
