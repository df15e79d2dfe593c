package org.demarche.intake.feed;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Subscribed feeds ({@code demarche.intake.feeds.*}).
 *
 * @param pollInterval   how often each feed is fetched
 * @param checkEvery     how often the service looks for feeds due (set in the scheduler; at most this late)
 * @param directory      the folder file feeds must lie in; paths are read relative to it
 * @param connectTimeout connecting to a feed's server
 * @param readTimeout    the whole answer of a feed's server
 * @param maxSize        the largest feed content fetched
 */
@ConfigurationProperties("demarche.intake.feeds")
record FeedProperties(@DefaultValue("PT15M") Duration pollInterval,
                             @DefaultValue("PT30S") Duration checkEvery,
                             @DefaultValue("feeds") Path directory,
                             @DefaultValue("10s") Duration connectTimeout,
                             @DefaultValue("60s") Duration readTimeout,
                             @DefaultValue("20MB") DataSize maxSize) {
}
