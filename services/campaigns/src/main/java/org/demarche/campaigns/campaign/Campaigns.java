package org.demarche.campaigns.campaign;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.demarche.campaigns.draft.StoredEdits;
import org.demarche.campaigns.letter.PartEdits;
import org.demarche.campaigns.timeline.DeadlineKind;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The campaign and campaign_deadline tables. */
@Repository
public class Campaigns {

    private static final String COLUMNS = """
            id, meeting_id, target_id, country, title, status, meeting_title, meeting_starts_at, meeting_time_zone,
            meeting_city, other_leader_name, other_leader_title, draft_version, opened_at, letter_language""";

    private final JdbcClient jdbc;

    Campaigns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Campaign campaign) {
        jdbc.sql("INSERT INTO campaign (" + COLUMNS + """
                        ) VALUES (:id, :meetingId, :targetId, :country, :title, :status, :meetingTitle, :startsAt, :zone,
                                  :city, :leaderName, :leaderTitle, :draftVersion, :openedAt, :letterLanguage)
                        """)
                .params(params(campaign))
                .update();
    }

    boolean exists(UUID meetingId, String targetId, String country) {
        return jdbc.sql("SELECT COUNT(*) FROM campaign WHERE meeting_id = :m AND target_id = :t AND country = :c")
                .param("m", meetingId).param("t", targetId).param("c", country)
                .query(Integer.class).single() > 0;
    }

    public Optional<Campaign> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM campaign WHERE id = :id").param("id", id)
                .query((rs, row) -> campaign(rs)).optional();
    }

    List<Campaign> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM campaign ORDER BY meeting_starts_at, id")
                .query((rs, row) -> campaign(rs)).list();
    }

    List<Campaign> ofMeeting(UUID meetingId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM campaign WHERE meeting_id = :m ORDER BY id").param("m", meetingId)
                .query((rs, row) -> campaign(rs)).list();
    }

    /**
     * The campaign, its row locked until the transaction ends: two changes to one draft (a ruling
     * arriving while a coordinator edits) make their versions one after the other.
     */
    Optional<Campaign> lock(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM campaign WHERE id = :id FOR UPDATE").param("id", id)
                .query((rs, row) -> campaign(rs)).optional();
    }

    /** Campaigns whose letter may still change, about a country or to a target. */
    List<Campaign> withOpenLetters(java.util.Set<String> countries, java.util.Set<String> targetIds) {
        return all().stream().filter(c -> !c.letterFrozen())
                .filter(c -> countries.contains(c.country()) || targetIds.contains(c.targetId()))
                .toList();
    }

    void draftVersion(UUID id, int version) {
        jdbc.sql("UPDATE campaign SET draft_version = :version WHERE id = :id").param("id", id)
                .param("version", version).update();
    }

    PartEdits edits(UUID id) {
        return StoredEdits.edits(jdbc.sql("SELECT draft_edits FROM campaign WHERE id = :id").param("id", id)
                .query(String.class).optional().orElse(null));
    }

    void edits(UUID id, PartEdits edits) {
        jdbc.sql("UPDATE campaign SET draft_edits = :edits WHERE id = :id").param("id", id)
                .param("edits", edits.isEmpty() ? null : StoredEdits.json(edits)).update();
    }

    void retitle(UUID id, String title) {
        jdbc.sql("UPDATE campaign SET title = :title WHERE id = :id").param("id", id).param("title", title).update();
    }

    void status(UUID id, String status) {
        jdbc.sql("UPDATE campaign SET status = :status WHERE id = :id").param("id", id).param("status", status).update();
    }

    void meetingMoved(UUID id, String title, Instant startsAt, String zone, String city) {
        jdbc.sql("""
                        UPDATE campaign SET meeting_title = :title, meeting_starts_at = :startsAt, meeting_time_zone = :zone,
                               meeting_city = :city WHERE id = :id
                        """)
                .param("id", id).param("title", title).param("startsAt", Timestamp.from(startsAt))
                .param("zone", zone).param("city", city)
                .update();
    }

    /** The coordinator intake named for the campaign's meeting, as the meeting's events said it. */
    void coordinator(UUID campaignId, String enteredBy, String email) {
        coordinatorWhere("id = :key", campaignId, enteredBy, email);
    }

    /** The same for every campaign of a meeting, which intake says again when the meeting moves. */
    void coordinatorOfMeeting(UUID meetingId, String enteredBy, String email) {
        coordinatorWhere("meeting_id = :key", meetingId, enteredBy, email);
    }

    private void coordinatorWhere(String condition, UUID key, String enteredBy, String email) {
        jdbc.sql("UPDATE campaign SET entered_by = :enteredBy, coordinator_email = :email WHERE " + condition)
                .param("key", key)
                .param("enteredBy", new SqlParameterValue(Types.VARCHAR, enteredBy))
                .param("email", new SqlParameterValue(Types.VARCHAR, email))
                .update();
    }

    Coordinator coordinator(UUID campaignId) {
        return jdbc.sql("SELECT entered_by, coordinator_email FROM campaign WHERE id = :id").param("id", campaignId)
                .query((rs, row) -> new Coordinator(rs.getString("entered_by"), rs.getString("coordinator_email")))
                .optional().orElse(Coordinator.NOBODY);
    }

    /**
     * Who entered a campaign's meeting.
     *
     * @param username their account's name; null for meetings nobody entered (feeds, the demo)
     * @param email    the address the meeting came with; null when it came with none
     */
    record Coordinator(String username, String email) {

        static final Coordinator NOBODY = new Coordinator(null, null);
    }

    public List<Deadline> deadlines(UUID campaignId) {
        return jdbc.sql("SELECT kind, due_at, status FROM campaign_deadline WHERE campaign_id = :id ORDER BY due_at, kind")
                .param("id", campaignId)
                .query((rs, row) -> new Deadline(DeadlineKind.fromWireName(rs.getString("kind")),
                        rs.getTimestamp("due_at").toInstant(), rs.getString("status")))
                .list();
    }

    Optional<Deadline> deadline(UUID campaignId, DeadlineKind kind) {
        return deadlines(campaignId).stream().filter(deadline -> deadline.kind() == kind).findFirst();
    }

    void schedule(UUID campaignId, DeadlineKind kind, Instant dueAt) {
        int updated = jdbc.sql("""
                        UPDATE campaign_deadline SET due_at = :dueAt, status = 'scheduled'
                        WHERE campaign_id = :id AND kind = :kind AND status <> 'reached'
                        """)
                .param("id", campaignId).param("kind", kind.wireName()).param("dueAt", Timestamp.from(dueAt))
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO campaign_deadline (campaign_id, kind, due_at, status)
                            VALUES (:id, :kind, :dueAt, 'scheduled')
                            ON CONFLICT DO NOTHING
                            """)
                    .param("id", campaignId).param("kind", kind.wireName()).param("dueAt", Timestamp.from(dueAt))
                    .update();
        }
    }

    /**
     * Marks a scheduled deadline reached.
     *
     * @return whether it was still scheduled (false if reached before or cancelled)
     */
    boolean markReached(UUID campaignId, DeadlineKind kind, Instant at) {
        return jdbc.sql("""
                        UPDATE campaign_deadline SET status = 'reached', reached_at = :at
                        WHERE campaign_id = :id AND kind = :kind AND status = 'scheduled'
                        """)
                .param("id", campaignId).param("kind", kind.wireName()).param("at", Timestamp.from(at))
                .update() == 1;
    }

    /** Cancels one step if it is still scheduled. */
    void cancelDeadline(UUID campaignId, DeadlineKind kind) {
        jdbc.sql("""
                        UPDATE campaign_deadline SET status = 'cancelled'
                        WHERE campaign_id = :id AND kind = :kind AND status = 'scheduled'
                        """)
                .param("id", campaignId).param("kind", kind.wireName()).update();
    }

    void cancelPendingDeadlines(UUID campaignId) {
        jdbc.sql("UPDATE campaign_deadline SET status = 'cancelled' WHERE campaign_id = :id AND status = 'scheduled'")
                .param("id", campaignId).update();
    }

    private static Map<String, Object> params(Campaign campaign) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", campaign.id());
        params.put("meetingId", campaign.meetingId());
        params.put("targetId", campaign.targetId());
        params.put("country", campaign.country());
        params.put("title", campaign.title());
        params.put("status", campaign.status());
        params.put("meetingTitle", campaign.meetingTitle());
        params.put("startsAt", Timestamp.from(campaign.meetingStartsAt()));
        params.put("zone", campaign.meetingTimeZone());
        params.put("city", campaign.meetingCity());
        params.put("leaderName", campaign.otherLeaderName());
        params.put("leaderTitle", campaign.otherLeaderTitle());
        params.put("draftVersion", campaign.draftVersion());
        params.put("openedAt", Timestamp.from(campaign.openedAt()));
        params.put("letterLanguage", campaign.letterLanguage());
        return params;
    }

    private static Campaign campaign(ResultSet rs) throws SQLException {
        return new Campaign(rs.getObject("id", UUID.class), rs.getObject("meeting_id", UUID.class),
                rs.getString("target_id"), rs.getString("country").strip(), rs.getString("title"), rs.getString("status"),
                rs.getString("meeting_title"), rs.getTimestamp("meeting_starts_at").toInstant(),
                rs.getString("meeting_time_zone"), rs.getString("meeting_city"), rs.getString("other_leader_name"),
                rs.getString("other_leader_title"), rs.getInt("draft_version"), rs.getTimestamp("opened_at").toInstant(),
                rs.getString("letter_language"));
    }
}
