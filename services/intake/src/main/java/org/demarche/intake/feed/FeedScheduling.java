package org.demarche.intake.feed;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Feeds are polled by Spring's scheduler; nothing else in intake runs on a timer. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class FeedScheduling {
}
