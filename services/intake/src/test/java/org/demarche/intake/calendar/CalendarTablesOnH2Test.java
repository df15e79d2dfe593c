package org.demarche.intake.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.demarche.events.Participant;
import org.demarche.intake.H2Schema;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The calendar tables' SQL as the local stack runs it, on H2 in PostgreSQL mode. */
class CalendarTablesOnH2Test {

    private static final Instant AT = Instant.parse("2027-06-01T08:00:00Z");

    private final javax.sql.DataSource dataSource = H2Schema.migrated();
    private final JdbcClient jdbc = JdbcClient.create(dataSource);
    private final ImportedEntries entries = new ImportedEntries(jdbc);
    private final ReviewItems reviews = new ReviewItems(jdbc);
    private final TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));

    @Test
    void followsAnEntryFromReviewToImportedUnderARowLock() {
        CalendarEntry entry = CalendarFixtures.read("google-calendar.ics").entries().stream()
                .filter(e -> !e.occurrence().isEmpty()).findFirst().orElseThrow();
        entries.insert(entry, ImportedEntries.REVIEW, null, AT);
        UUID item = reviews.hold(entry, "Talks", List.of(new Participant("Ilham Aliyev", "President", "AZ")),
                "only Ilham Aliyev recognised", AT);
        assertThat(reviews.hold(entry, "Talks, moved", List.of(), "no participant recognised", AT))
                .as("a newer version replaces the one waiting").isEqualTo(item);

        UUID meeting = UUID.randomUUID();
        transaction.executeWithoutResult(status -> {
            var locked = entries.lock(entry.uid(), entry.occurrence()).orElseThrow();
            entries.update(locked.uid(), locked.occurrence(), ImportedEntries.IMPORTED, meeting, 2, "f2", AT);
            reviews.resolve(item, ReviewItem.IMPORTED, meeting, AT);
        });

        assertThat(entries.occurrencesOf(entry.uid())).singleElement().satisfies(e -> {
            assertThat(e.meetingId()).isEqualTo(meeting);
            assertThat(e.sequence()).isEqualTo(2);
        });
        ReviewItem resolved = reviews.find(item).orElseThrow();
        assertThat(resolved.title()).isEqualTo("Talks, moved");
        assertThat(resolved.status()).isEqualTo(ReviewItem.IMPORTED);
        assertThat(reviews.withStatus(ReviewItem.PENDING)).isEmpty();
    }
}
