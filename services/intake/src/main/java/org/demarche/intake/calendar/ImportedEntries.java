package org.demarche.intake.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The calendar_entry table: which calendar entry became which meeting, at which version. */
@Repository
class ImportedEntries {

    /** A meeting was scheduled for the entry. */
    static final String IMPORTED = "imported";
    /** The entry waits in the review queue. */
    static final String REVIEW = "review";
    /** A coordinator dismissed it from the review queue. */
    static final String DISMISSED = "dismissed";

    record ImportedEntry(String uid, String occurrence, Instant originalStart, UUID meetingId, String state,
                         int sequence, String fingerprint) {
    }

    private final JdbcClient jdbc;

    ImportedEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The entry, its row locked until the transaction ends, so that two imports of it cannot interleave. */
    Optional<ImportedEntry> lock(String uid, String occurrence) {
        return jdbc.sql("SELECT * FROM calendar_entry WHERE uid = :uid AND occurrence = :occurrence FOR UPDATE")
                .param("uid", uid).param("occurrence", occurrence)
                .query((rs, row) -> entry(rs)).optional();
    }

    void insert(CalendarEntry entry, String state, UUID meetingId, Instant at) {
        jdbc.sql("""
                        INSERT INTO calendar_entry (uid, occurrence, original_start, meeting_id, state, sequence, fingerprint,
                                                    first_seen_at, last_changed_at)
                        VALUES (:uid, :occurrence, :originalStart, :meetingId, :state, :sequence, :fingerprint, :at, :at)
                        """)
                .param("uid", entry.uid()).param("occurrence", entry.occurrence())
                .param("originalStart", Timestamp.from(entry.originalStart()))
                .param("meetingId", meetingId).param("state", state).param("sequence", entry.sequence())
                .param("fingerprint", entry.fingerprint()).param("at", Timestamp.from(at))
                .update();
    }

    /** Records the version now applied, its state and meeting. */
    void update(String uid, String occurrence, String state, UUID meetingId, int sequence, String fingerprint,
                Instant at) {
        jdbc.sql("""
                        UPDATE calendar_entry SET state = :state, meeting_id = :meetingId, sequence = :sequence,
                                                  fingerprint = :fingerprint, last_changed_at = :at
                        WHERE uid = :uid AND occurrence = :occurrence
                        """)
                .param("uid", uid).param("occurrence", occurrence).param("state", state).param("meetingId", meetingId)
                .param("sequence", sequence).param("fingerprint", fingerprint).param("at", Timestamp.from(at))
                .update();
    }

    void delete(String uid, String occurrence) {
        jdbc.sql("DELETE FROM calendar_entry WHERE uid = :uid AND occurrence = :occurrence")
                .param("uid", uid).param("occurrence", occurrence).update();
    }

    /** The occurrences of a recurring series known so far (single events excluded). */
    List<ImportedEntry> occurrencesOf(String uid) {
        return jdbc.sql("SELECT * FROM calendar_entry WHERE uid = :uid AND occurrence <> '' ORDER BY original_start")
                .param("uid", uid).query((rs, row) -> entry(rs)).list();
    }

    /** The UIDs of entries that became meetings, so that a later version of one is read whatever it names. */
    Set<String> uidsWithMeetings() {
        return Set.copyOf(jdbc.sql("SELECT DISTINCT uid FROM calendar_entry WHERE state = :state")
                .param("state", IMPORTED).query(String.class).list());
    }

    /** The UIDs of entries waiting in the review queue. */
    Set<String> uidsInReview() {
        return Set.copyOf(jdbc.sql("SELECT DISTINCT uid FROM calendar_entry WHERE state = :state")
                .param("state", REVIEW).query(String.class).list());
    }

    /** The entries of a UID (its single event or its occurrences) waiting in the review queue. */
    List<ImportedEntry> inReview(String uid) {
        return jdbc.sql("SELECT * FROM calendar_entry WHERE uid = :uid AND state = :state ORDER BY original_start")
                .param("uid", uid).param("state", REVIEW).query((rs, row) -> entry(rs)).list();
    }

    private static ImportedEntry entry(ResultSet rs) throws SQLException {
        return new ImportedEntry(rs.getString("uid"), rs.getString("occurrence"),
                rs.getTimestamp("original_start").toInstant(), rs.getObject("meeting_id", UUID.class),
                rs.getString("state"), rs.getInt("sequence"), rs.getString("fingerprint"));
    }
}
