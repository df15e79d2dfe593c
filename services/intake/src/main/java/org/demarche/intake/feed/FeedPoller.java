package org.demarche.intake.feed;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.demarche.intake.meeting.Coordinator;
import org.demarche.intake.calendar.CalendarImporter;
import org.demarche.intake.calendar.ImportSummary;
import org.demarche.intake.calendar.UnreadableCalendarException;
import org.demarche.intake.hudoc.HudocImporter;
import org.demarche.intake.hudoc.LegalImportSummary;
import org.demarche.intake.hudoc.UnreadableSourceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Polls the feeds that are due, each on one instance only (the one that moves its next poll on
 * first), and imports what changed with the same importers as uploads.
 */
@Component
class FeedPoller {

    private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);

    /** What one poll did. */
    record Poll(Feed feed, String outcome, Object result, String error) {
    }

    private final Feeds feeds;
    private final FeedContent content;
    private final CalendarImporter calendars;
    private final HudocImporter hudoc;
    private final FeedProperties properties;
    private final Clock clock;

    FeedPoller(Feeds feeds, FeedContent content, CalendarImporter calendars, HudocImporter hudoc,
               FeedProperties properties, Clock clock) {
        this.feeds = feeds;
        this.content = content;
        this.calendars = calendars;
        this.hudoc = hudoc;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${demarche.intake.feeds.check-every:PT30S}",
            initialDelayString = "${demarche.intake.feeds.check-every:PT30S}")
    void pollDueFeeds() {
        Instant now = clock.instant();
        for (Feed feed : feeds.due(now)) {
            if (feeds.claim(feed, now.plus(properties.pollInterval()))) {
                poll(feed);
            }
        }
    }

    /** Fetches the feed now and imports what changed; the outcome is kept on the feed. */
    Poll poll(Feed feed) {
        Instant at = clock.instant();
        try {
            Feeds.Validators last = feeds.validators(feed.id());
            FeedContent.Fetched fetched = content.fetch(feed, last);
            if (fetched.notModified()) {
                feeds.polled(feed.id(), Feed.NOT_MODIFIED, null, null, null, at);
                return new Poll(feed, Feed.NOT_MODIFIED, null, null);
            }
            if (fetched.validators().contentHash().equals(last.contentHash())) {
                feeds.polled(feed.id(), Feed.UNCHANGED, fetched.validators(), null, null, at);
                return new Poll(feed, Feed.UNCHANGED, null, null);
            }
            String source = feed.url() != null ? feed.url() : feed.path();
            Object result;
            UUID importId;
            if (feed.kind().equals(FeedController.ICS)) {
                ImportSummary summary = calendars.importRead(calendars.read(fetched.content(), null, source,
                        Coordinator.NOBODY));
                result = summary;
                importId = summary.id();
            } else {
                LegalImportSummary summary = hudoc.importKind(feed.kind(), fetched.content(), source);
                result = summary;
                importId = summary.id();
            }
            feeds.polled(feed.id(), Feed.IMPORTED, fetched.validators(), importId, null, at);
            return new Poll(feed, Feed.IMPORTED, result, null);
        } catch (FeedContent.FetchFailedException | UnreadableCalendarException | UnreadableSourceException
                 | IllegalArgumentException e) {
            log.warn("Feed {} ({}) could not be imported: {}", feed.id(), feed.url() != null ? feed.url() : feed.path(),
                    e.getMessage());
            feeds.polled(feed.id(), Feed.FAILED, null, null, e.getMessage(), at);
            return new Poll(feed, Feed.FAILED, null, e.getMessage());
        }
    }
}
