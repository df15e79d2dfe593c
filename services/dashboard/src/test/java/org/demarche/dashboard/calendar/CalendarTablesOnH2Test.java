package org.demarche.dashboard.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.demarche.events.Participant;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The feeds' SQL as the local stack runs it, on H2 in PostgreSQL mode. */
class CalendarTablesOnH2Test {

    private static final Instant AT = Instant.parse("2027-06-01T08:00:00Z");

    private final JdbcClient jdbc = JdbcClient.create(migratedH2());
    private final CalendarMeetings meetings = new CalendarMeetings(jdbc);
    private final CalendarFeeds feeds = new CalendarFeeds(jdbc);

    @Test
    void keepsEachMeetingsLatestStateAndCountsItsChanges() {
        UUID id = UUID.randomUUID();
        List<Participant> people = List.of(new Participant("Emmanuel Macron", "President", "FR"));
        meetings.scheduled(id, "Macron – Aliyev", Instant.parse("2027-07-15T09:00:00Z"), "Europe/Paris", "Paris", people, AT);
        meetings.scheduled(id, "Macron – Aliyev", Instant.parse("2027-07-16T09:00:00Z"), "Europe/Paris", "Versailles", people, AT);
        meetings.cancelled(id, AT);
        meetings.cancelled(id, AT);

        assertThat(meetings.all()).singleElement().satisfies(m -> {
            assertThat(m.city()).isEqualTo("Versailles");
            assertThat(m.cancelled()).isTrue();
            assertThat(m.version()).isEqualTo(2);
            assertThat(m.participants()).isEqualTo("Emmanuel Macron (FR)");
        });
    }

    @Test
    void findsAFeedByItsTokenAndForgetsItWhenRevoked() {
        feeds.insert("secret-token", "Brigitte Dufour", AT);

        assertThat(feeds.leadOf("secret-token")).contains("Brigitte Dufour");
        assertThat(jdbc.sql("SELECT token_hash FROM calendar_feed").query(String.class).single())
                .as("only the hash is stored").isNotEqualTo("secret-token").hasSize(64);
        assertThat(feeds.revoke("secret-token")).isTrue();
        assertThat(feeds.leadOf("secret-token")).isEmpty();
    }

    private static DataSource migratedH2() {
        DataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:dashboard-calendar-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration/dashboard", "classpath:org/demarche/platform/db")
                .outOfOrder(true).load().migrate();
        return dataSource;
    }
}
