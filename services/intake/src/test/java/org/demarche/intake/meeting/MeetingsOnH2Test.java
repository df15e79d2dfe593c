package org.demarche.intake.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.demarche.intake.H2Schema;
import org.demarche.intake.IntakeProperties;
import org.demarche.intake.meeting.MeetingRequest.ParticipantRequest;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class MeetingsOnH2Test {

    private static final IntakeProperties LIMITS = new IntakeProperties(200, 2);

    private final javax.sql.DataSource dataSource = H2Schema.migrated();
    private final Meetings meetings = new Meetings(JdbcClient.create(dataSource));
    private final TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));

    @Test
    void movesAndCancelsAMeetingUnderARowLock() {
        UUID id = UUID.randomUUID();
        meetings.insert(id, meeting("2018-07-20T11:00", "Paris"), new Coordinator("amina", "amina@coalition.example.org"),
                Instant.parse("2018-07-01T08:00:00Z"));

        transaction.executeWithoutResult(status -> {
            Meeting current = meetings.lockForChange(id).orElseThrow();
            assertThat(current.isDescribedBy(meeting("2018-07-20T11:00", "Paris"))).isTrue();
            meetings.update(id, meeting("2018-07-21T15:30", "Versailles"), Instant.parse("2018-07-02T08:00:00Z"));
        });
        transaction.executeWithoutResult(status -> meetings.cancel(id, "postponed", Instant.parse("2018-07-03T08:00:00Z")));

        Meeting moved = meetings.find(id).orElseThrow();
        assertThat(moved.startsAt()).isEqualTo("2018-07-21T15:30");
        assertThat(moved.city()).isEqualTo("Versailles");
        assertThat(moved.participants()).hasSize(2);
        assertThat(moved.isCancelled()).isTrue();
        assertThat(moved.enteredBy()).as("still the meeting its coordinator entered").isEqualTo("amina");
        assertThat(moved.coordinatorEmail()).isEqualTo("amina@coalition.example.org");
        assertThat(meetings.lockForChange(UUID.randomUUID())).isEmpty();
    }

    private static NewMeeting meeting(String startsAt, String city) {
        return new MeetingRequest("Macron – Aliyev", startsAt, "Europe/Paris", city, List.of(
                new ParticipantRequest("Emmanuel Macron", "President of the French Republic", "FR"),
                new ParticipantRequest("Ilham Aliyev", "President of the Republic of Azerbaijan", "AZ")))
                .validate(LIMITS);
    }
}
