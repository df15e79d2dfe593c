package org.demarche.campaigns.meeting;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.demarche.events.meeting.MeetingCancelled;
import org.demarche.events.meeting.MeetingRescheduled;
import org.demarche.events.meeting.MeetingScheduled;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The meetings this service knows of, as intake last described them. */
@Repository
class KnownMeetings {

    private final JdbcClient jdbc;

    KnownMeetings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void scheduled(MeetingScheduled meeting) {
        int updated = jdbc.sql("""
                        UPDATE known_meeting SET title = :title, starts_at = :startsAt, time_zone = :zone, city = :city,
                               status = 'scheduled', applied_events = applied_events + 1
                        WHERE id = :id
                        """)
                .params(java.util.Map.of("id", meeting.meetingId(), "title", meeting.title(),
                        "startsAt", Timestamp.from(meeting.startsAt()), "zone", meeting.timeZone(), "city", meeting.city()))
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO known_meeting (id, title, starts_at, time_zone, city, status, applied_events)
                            VALUES (:id, :title, :startsAt, :zone, :city, 'scheduled', 1)
                            """)
                    .params(java.util.Map.of("id", meeting.meetingId(), "title", meeting.title(),
                            "startsAt", Timestamp.from(meeting.startsAt()), "zone", meeting.timeZone(), "city", meeting.city()))
                    .update();
        }
    }

    void rescheduled(MeetingRescheduled meeting) {
        scheduled(new MeetingScheduled(meeting.meetingId(), meeting.title(), meeting.startsAt(), meeting.timeZone(),
                meeting.city(), meeting.participants()));
    }

    void cancelled(MeetingCancelled meeting) {
        jdbc.sql("UPDATE known_meeting SET status = 'cancelled', applied_events = applied_events + 1 WHERE id = :id")
                .param("id", meeting.meetingId())
                .update();
    }

    public Optional<KnownMeeting> find(UUID id) {
        return jdbc.sql("SELECT id, title, starts_at, time_zone, city, status, applied_events FROM known_meeting WHERE id = :id")
                .param("id", id)
                .query((rs, row) -> new KnownMeeting(rs.getObject("id", UUID.class), rs.getString("title"),
                        rs.getTimestamp("starts_at").toInstant(), rs.getString("time_zone"), rs.getString("city"),
                        rs.getString("status"), rs.getInt("applied_events")))
                .optional();
    }

    /**
     * A meeting as this service knows it.
     *
     * @param appliedEvents how many meeting events have changed it
     */
    public record KnownMeeting(UUID id, String title, Instant startsAt, String timeZone, String city, String status,
                               int appliedEvents) {
    }
}
