package org.demarche.intake.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.demarche.events.Participant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The review_item table. */
@Repository
class ReviewItems {

    private static final String LIST_SEPARATOR = "\n";
    private static final String FIELD_SEPARATOR = "|";

    private final JdbcClient jdbc;

    ReviewItems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Puts the entry in the queue, or shows its newer version in place of the one waiting; returns the item's id. */
    UUID hold(CalendarEntry entry, String title, List<Participant> recognised, String reason, Instant at) {
        Optional<UUID> existing = jdbc.sql("SELECT id FROM review_item WHERE uid = :uid AND occurrence = :occurrence")
                .param("uid", entry.uid()).param("occurrence", entry.occurrence()).query(UUID.class).optional();
        UUID id = existing.orElseGet(UUID::randomUUID);
        String sql = existing.isPresent() ? """
                UPDATE review_item SET title = :title, summary = :summary, location = :location, attendees = :attendees,
                       local_start = :localStart, time_zone = :zone, starts_at = :startsAt, city = :city,
                       recognised = :recognised, reason = :reason, status = 'pending', meeting_id = NULL,
                       held_at = :at, resolved_at = NULL
                WHERE id = :id
                """ : """
                INSERT INTO review_item (id, uid, occurrence, title, summary, location, attendees, local_start, time_zone,
                                         starts_at, city, recognised, reason, status, held_at)
                VALUES (:id, :uid, :occurrence, :title, :summary, :location, :attendees, :localStart, :zone, :startsAt,
                        :city, :recognised, :reason, 'pending', :at)
                """;
        jdbc.sql(sql)
                .param("id", id).param("uid", entry.uid()).param("occurrence", entry.occurrence())
                .param("title", cut(title, 500)).param("summary", cut(entry.title(), 2000))
                .param("location", cut(entry.location(), 1000))
                .param("attendees", cut(String.join(LIST_SEPARATOR, entry.attendees()), 4000))
                .param("localStart", entry.localStart().toString()).param("zone", entry.zone().getId())
                .param("startsAt", Timestamp.from(entry.startsAt())).param("city", cut(entry.city(), 200))
                .param("recognised", cut(participants(recognised), 4000)).param("reason", cut(reason, 1000))
                .param("at", Timestamp.from(at))
                .update();
        return id;
    }

    void resolve(UUID id, String status, UUID meetingId, Instant at) {
        jdbc.sql("UPDATE review_item SET status = :status, meeting_id = :meetingId, resolved_at = :at WHERE id = :id")
                .param("id", id).param("status", status).param("meetingId", meetingId).param("at", Timestamp.from(at))
                .update();
    }

    Optional<ReviewItem> find(UUID id) {
        return jdbc.sql("SELECT * FROM review_item WHERE id = :id").param("id", id)
                .query((rs, row) -> item(rs)).optional();
    }

    /** The item, its row locked until the transaction ends. */
    Optional<ReviewItem> lock(UUID id) {
        return jdbc.sql("SELECT * FROM review_item WHERE id = :id FOR UPDATE").param("id", id)
                .query((rs, row) -> item(rs)).optional();
    }

    Optional<ReviewItem> of(String uid, String occurrence) {
        return jdbc.sql("SELECT * FROM review_item WHERE uid = :uid AND occurrence = :occurrence")
                .param("uid", uid).param("occurrence", occurrence).query((rs, row) -> item(rs)).optional();
    }

    /** Items in a status, soonest meeting first. */
    List<ReviewItem> withStatus(String status) {
        return jdbc.sql("SELECT * FROM review_item WHERE status = :status ORDER BY starts_at, id")
                .param("status", status).query((rs, row) -> item(rs)).list();
    }

    private static String participants(List<Participant> participants) {
        List<String> lines = new ArrayList<>();
        for (Participant p : participants) {
            lines.add(p.name() + FIELD_SEPARATOR + (p.title() == null ? "" : p.title()) + FIELD_SEPARATOR + p.country());
        }
        return String.join(LIST_SEPARATOR, lines);
    }

    private static List<Participant> participants(String stored) {
        if (stored == null || stored.isEmpty()) {
            return List.of();
        }
        List<Participant> participants = new ArrayList<>();
        for (String line : stored.split(LIST_SEPARATOR)) {
            String[] fields = line.split("\\|", -1);
            participants.add(new Participant(fields[0], fields[1], fields[2]));
        }
        return participants;
    }

    private static ReviewItem item(ResultSet rs) throws SQLException {
        String attendees = rs.getString("attendees");
        Timestamp resolved = rs.getTimestamp("resolved_at");
        return new ReviewItem(rs.getObject("id", UUID.class), rs.getString("uid"), rs.getString("occurrence"),
                rs.getString("title"), rs.getString("location"),
                attendees == null || attendees.isEmpty() ? List.of() : Arrays.asList(attendees.split(LIST_SEPARATOR)),
                rs.getString("local_start"), rs.getString("time_zone"), rs.getTimestamp("starts_at").toInstant(),
                rs.getString("city"), participants(rs.getString("recognised")), rs.getString("reason"),
                rs.getString("status"), rs.getObject("meeting_id", UUID.class), rs.getTimestamp("held_at").toInstant(),
                resolved == null ? null : resolved.toInstant());
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
