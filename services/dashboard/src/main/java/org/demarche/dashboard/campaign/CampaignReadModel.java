package org.demarche.dashboard.campaign;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.demarche.events.campaign.CampaignOpened;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The dashboard's tables: what projections write and the API reads. */
@Repository
class CampaignReadModel {

    private static final String OVERVIEW = """
            SELECT c.*, d.kind AS next_kind, d.due_at AS next_due_at
            FROM campaign_overview c
            LEFT JOIN campaign_deadline d ON d.campaign_id = c.id AND NOT d.reached AND d.due_at = (
                SELECT MIN(n.due_at) FROM campaign_deadline n WHERE n.campaign_id = c.id AND NOT n.reached)
            """;

    private final JdbcClient jdbc;

    CampaignReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void opened(CampaignOpened campaign) {
        jdbc.sql("""
                        INSERT INTO campaign_overview (id, title, country, target_name, meeting_starts_at, status)
                        VALUES (:id, :title, :country, :target, :startsAt, 'open')
                        ON CONFLICT DO NOTHING
                        """)
                .param("id", campaign.campaignId()).param("title", campaign.title())
                .param("country", campaign.country())
                .param("target", campaign.targetName() != null ? campaign.targetName() : campaign.targetId())
                .param("startsAt", Timestamp.from(campaign.meetingStartsAt()))
                .update();
    }

    void status(UUID campaignId, String status) {
        jdbc.sql("UPDATE campaign_overview SET status = :status WHERE id = :id")
                .param("id", campaignId).param("status", status).update();
    }

    /** Adds one to a counter column; the column name comes from this class only. */
    void increment(UUID campaignId, Counter counter) {
        jdbc.sql("UPDATE campaign_overview SET " + counter.column + " = " + counter.column + " + 1 WHERE id = :id")
                .param("id", campaignId).update();
    }

    void deadline(UUID campaignId, String kind, Instant dueAt, boolean reached) {
        int updated = jdbc.sql("""
                        UPDATE campaign_deadline SET due_at = :dueAt, reached = :reached
                        WHERE campaign_id = :id AND kind = :kind
                        """)
                .param("id", campaignId).param("kind", kind).param("dueAt", Timestamp.from(dueAt))
                .param("reached", reached).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO campaign_deadline (campaign_id, kind, due_at, reached) VALUES (:id, :kind, :dueAt, :reached)")
                    .param("id", campaignId).param("kind", kind).param("dueAt", Timestamp.from(dueAt))
                    .param("reached", reached).update();
        }
    }

    void history(UUID eventId, UUID campaignId, String type, Instant at, String summary) {
        jdbc.sql("""
                        INSERT INTO campaign_event (event_id, campaign_id, event_type, occurred_at, summary)
                        VALUES (:eventId, :campaignId, :type, :at, :summary)
                        """)
                .param("eventId", eventId).param("campaignId", campaignId).param("type", type)
                .param("at", Timestamp.from(at)).param("summary", summary.length() > 1000 ? summary.substring(0, 1000) : summary)
                .update();
    }

    List<CampaignOverview> overviews() {
        return jdbc.sql(OVERVIEW + " ORDER BY c.meeting_starts_at, c.id").query((rs, row) -> overview(rs)).list();
    }

    Optional<CampaignOverview> overview(UUID id) {
        return jdbc.sql(OVERVIEW + " WHERE c.id = :id").param("id", id).query((rs, row) -> overview(rs)).optional();
    }

    List<CampaignDetail.Deadline> deadlines(UUID campaignId) {
        return jdbc.sql("SELECT kind, due_at, reached FROM campaign_deadline WHERE campaign_id = :id ORDER BY due_at")
                .param("id", campaignId)
                .query((rs, row) -> new CampaignDetail.Deadline(rs.getString("kind"),
                        rs.getTimestamp("due_at").toInstant(), rs.getBoolean("reached") ? "reached" : "scheduled"))
                .list();
    }

    List<CampaignDetail.HistoryEntry> history(UUID campaignId, int limit) {
        List<CampaignDetail.HistoryEntry> entries = new java.util.ArrayList<>(jdbc.sql("""
                        SELECT event_id, event_type, occurred_at, summary FROM campaign_event
                        WHERE campaign_id = :id ORDER BY occurred_at DESC, event_id FETCH FIRST :limit ROWS ONLY
                        """)
                .param("id", campaignId).param("limit", limit)
                .query((rs, row) -> new CampaignDetail.HistoryEntry(rs.getObject("event_id", UUID.class),
                        rs.getString("event_type"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("summary")))
                .list());
        java.util.Collections.reverse(entries);
        return entries;
    }

    private static CampaignOverview overview(ResultSet rs) throws SQLException {
        int invited = rs.getInt("invited");
        int signed = rs.getInt("signed");
        int declined = rs.getInt("declined");
        Timestamp next = rs.getTimestamp("next_due_at");
        return new CampaignOverview(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("country").strip(),
                rs.getString("target_name"), rs.getTimestamp("meeting_starts_at").toInstant(), rs.getString("status"),
                next == null ? null : new CampaignOverview.NextDeadline(rs.getString("next_kind"), next.toInstant()),
                new CampaignOverview.SignOn(invited, signed, declined, Math.max(0, invited - signed - declined)),
                new CampaignOverview.Emails(rs.getInt("emails_sent"), rs.getInt("emails_failed")));
    }

    /** The counters of the overview. */
    enum Counter {
        INVITED("invited"), SIGNED("signed"), DECLINED("declined"), EMAILS_SENT("emails_sent"), EMAILS_FAILED("emails_failed");

        private final String column;

        Counter(String column) {
            this.column = column;
        }
    }
}
