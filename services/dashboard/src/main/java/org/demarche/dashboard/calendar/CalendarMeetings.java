package org.demarche.dashboard.calendar;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.demarche.events.Participant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The calendar_meeting table: meetings as they stand, for the feeds. */
@Repository
class CalendarMeetings {

    /** A meeting as the feed shows it. */
    record CalendarMeeting(UUID id, String title, Instant startsAt, String timeZone, String city, String participants,
                           boolean cancelled, int version, Instant changedAt) {
    }

    private final JdbcClient jdbc;

    CalendarMeetings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The meeting's state after a scheduling or a move; a redelivered announcement writes the same state again. */
    void scheduled(UUID id, String title, Instant startsAt, String timeZone, String city, List<Participant> people,
                   Instant at) {
        String participants = people.stream().map(p -> p.name() + " (" + p.country() + ")")
                .collect(Collectors.joining(", "));
        int updated = jdbc.sql("""
                        UPDATE calendar_meeting SET title = :title, starts_at = :startsAt, time_zone = :zone, city = :city,
                               participants = :participants, status = 'scheduled', version = version + 1, changed_at = :at
                        WHERE meeting_id = :id
                        """)
                .param("id", id).param("title", title).param("startsAt", Timestamp.from(startsAt))
                .param("zone", timeZone).param("city", city).param("participants", cut(participants))
                .param("at", Timestamp.from(at))
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO calendar_meeting (meeting_id, title, starts_at, time_zone, city, participants, status,
                                                          version, changed_at)
                            VALUES (:id, :title, :startsAt, :zone, :city, :participants, 'scheduled', 0, :at)
                            ON CONFLICT DO NOTHING
                            """)
                    .param("id", id).param("title", title).param("startsAt", Timestamp.from(startsAt))
                    .param("zone", timeZone).param("city", city).param("participants", cut(participants))
                    .param("at", Timestamp.from(at))
                    .update();
        }
    }

    void cancelled(UUID id, Instant at) {
        jdbc.sql("""
                        UPDATE calendar_meeting SET status = 'cancelled', version = version + 1, changed_at = :at
                        WHERE meeting_id = :id AND status <> 'cancelled'
                        """)
                .param("id", id).param("at", Timestamp.from(at)).update();
    }

    List<CalendarMeeting> all() {
        return jdbc.sql("SELECT * FROM calendar_meeting ORDER BY starts_at, meeting_id")
                .query((rs, row) -> new CalendarMeeting(rs.getObject("meeting_id", UUID.class), rs.getString("title"),
                        rs.getTimestamp("starts_at").toInstant(), rs.getString("time_zone"), rs.getString("city"),
                        rs.getString("participants"), "cancelled".equals(rs.getString("status")), rs.getInt("version"),
                        rs.getTimestamp("changed_at").toInstant()))
                .list();
    }

    private static String cut(String text) {
        return text.length() > 4000 ? text.substring(0, 4000) : text;
    }
}
