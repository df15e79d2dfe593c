package org.demarche.intake.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.demarche.intake.H2Schema;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class FeedsOnH2Test {

    private static final Instant AT = Instant.parse("2027-06-01T08:00:00Z");

    private final Feeds feeds = new Feeds(JdbcClient.create(H2Schema.migrated()));

    @Test
    void claimsADueFeedOnceAndKeepsTheValidatorsOfTheLastFetch() {
        UUID id = UUID.randomUUID();
        feeds.insert(id, "ics", "https://calendar.example.org/a.ics", null, AT);
        Feed due = feeds.due(AT).get(0);

        assertThat(feeds.claim(due, AT.plusSeconds(900))).isTrue();
        assertThat(feeds.claim(due, AT.plusSeconds(900))).as("another instance was first").isFalse();
        assertThat(feeds.due(AT)).isEmpty();

        feeds.polled(id, Feed.IMPORTED, new Feeds.Validators("\"v1\"", "Tue, 01 Jun 2027 08:00:00 GMT", "h1"),
                UUID.randomUUID(), null, AT);
        feeds.polled(id, Feed.NOT_MODIFIED, null, null, null, AT.plusSeconds(900));

        assertThat(feeds.validators(id)).isEqualTo(new Feeds.Validators("\"v1\"", "Tue, 01 Jun 2027 08:00:00 GMT", "h1"));
        assertThat(feeds.find(id).orElseThrow().lastOutcome()).isEqualTo(Feed.NOT_MODIFIED);
        assertThat(feeds.find(id).orElseThrow().lastImportId()).isNotNull();
    }
}
