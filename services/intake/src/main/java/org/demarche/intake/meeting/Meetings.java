package org.demarche.intake.meeting;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.demarche.events.Participant;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The meetings table. */
@Repository
class Meetings {

    private final JdbcClient jdbc;

    Meetings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, NewMeeting meeting, Coordinator enteredBy, Instant enteredAt) {
        jdbc.sql("""
                INSERT INTO meeting (id, title, local_start, time_zone, starts_at, city, status, entered_at, entered_by,
                                     coordinator_email)
                VALUES (:id, :title, :local, :zone, :startsAt, :city, 'scheduled', :enteredAt, :enteredBy, :email)
                """)
                .param("id", id)
                .param("title", meeting.title())
                .param("local", meeting.time().localStart().toString())
                .param("zone", meeting.time().zone().getId())
                .param("startsAt", Timestamp.from(meeting.startsAt()))
                .param("city", meeting.city())
                .param("enteredAt", Timestamp.from(enteredAt))
                .param("enteredBy", new SqlParameterValue(Types.VARCHAR, enteredBy.username()))
                .param("email", new SqlParameterValue(Types.VARCHAR, enteredBy.email()))
                .update();
        insertParticipants(id, meeting.participants());
    }

    private void insertParticipants(UUID id, List<Participant> participants) {
        for (int i = 0; i < participants.size(); i++) {
            Participant p = participants.get(i);
            jdbc.sql("""
                    INSERT INTO meeting_participant (meeting_id, position, name, title, country)
                    VALUES (:id, :position, :name, :title, :country)
                    """)
                    .param("id", id).param("position", i).param("name", p.name())
                    .param("title", p.title()).param("country", p.country())
                    .update();
        }
    }

    /** The meeting, its row locked until the transaction ends, so that two changes cannot interleave. */
    Optional<Meeting> lockForChange(UUID id) {
        boolean exists = jdbc.sql("SELECT id FROM meeting WHERE id = :id FOR UPDATE")
                .param("id", id).query(UUID.class).optional().isPresent();
        return exists ? find(id) : Optional.empty();
    }

    void update(UUID id, NewMeeting meeting, Instant changedAt) {
        jdbc.sql("""
                UPDATE meeting SET title = :title, local_start = :local, time_zone = :zone, starts_at = :startsAt,
                                   city = :city, changed_at = :changedAt
                WHERE id = :id
                """)
                .param("id", id)
                .param("title", meeting.title())
                .param("local", meeting.time().localStart().toString())
                .param("zone", meeting.time().zone().getId())
                .param("startsAt", Timestamp.from(meeting.startsAt()))
                .param("city", meeting.city())
                .param("changedAt", Timestamp.from(changedAt))
                .update();
        jdbc.sql("DELETE FROM meeting_participant WHERE meeting_id = :id").param("id", id).update();
        insertParticipants(id, meeting.participants());
    }

    void cancel(UUID id, String reason, Instant cancelledAt) {
        jdbc.sql("""
                UPDATE meeting SET status = 'cancelled', cancellation_reason = :reason, changed_at = :changedAt
                WHERE id = :id
                """)
                .param("id", id).param("reason", reason).param("changedAt", Timestamp.from(cancelledAt))
                .update();
    }

    Optional<Meeting> find(UUID id) {
        return all("WHERE m.id = :id", Map.of("id", id)).stream().findFirst();
    }

    List<Meeting> all() {
        return all("", Map.of());
    }

    private List<Meeting> all(String where, Map<String, Object> params) {
        Map<UUID, Meeting> meetings = new LinkedHashMap<>();
        Map<UUID, List<Participant>> participants = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT m.id, m.title, m.local_start, m.time_zone, m.starts_at, m.city, m.status, m.entered_by,
                       m.coordinator_email, p.name, p.title AS participant_title, p.country
                FROM meeting m LEFT JOIN meeting_participant p ON p.meeting_id = m.id
                """ + where + " ORDER BY m.starts_at, m.id, p.position")
                .params(params)
                .query(rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    List<Participant> people = participants.computeIfAbsent(id, key -> new ArrayList<>());
                    meetings.computeIfAbsent(id, key -> {
                        try {
                            return new Meeting(id, rs.getString("title"), rs.getString("local_start"),
                                    rs.getString("time_zone"), rs.getTimestamp("starts_at").toInstant(),
                                    rs.getString("city"), people, rs.getString("status"), rs.getString("entered_by"),
                                    rs.getString("coordinator_email"));
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    if (rs.getString("name") != null) {
                        people.add(new Participant(rs.getString("name"), rs.getString("participant_title"),
                                rs.getString("country").strip()));
                    }
                });
        return List.copyOf(meetings.values());
    }
}
