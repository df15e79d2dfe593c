package org.demarche.dashboard.calendar;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Leads' calendar feeds ({@code demarche.dashboard.calendar.*}).
 *
 * @param publicBaseUrl where leads reach the dashboard: feed addresses and the campaign links in events start with it
 * @param refresh       how often calendar clients are asked to fetch the feed again (X-PUBLISHED-TTL)
 * @param meetingLength how long a meeting is shown, since intake knows only when it starts
 */
@ConfigurationProperties("demarche.dashboard.calendar")
record CalendarFeedProperties(@DefaultValue("http://localhost:8080") String publicBaseUrl,
                                     @DefaultValue("PT15M") Duration refresh,
                                     @DefaultValue("PT1H") Duration meetingLength) {

    /** The base URL without a trailing slash. */
    String base() {
        return publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
    }
}
