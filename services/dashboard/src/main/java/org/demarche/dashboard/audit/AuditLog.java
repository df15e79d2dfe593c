package org.demarche.dashboard.audit;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.demarche.events.campaign.CampaignActionTaken;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit_entry table. Written inside the transaction that records the event as processed. */
@Repository
public class AuditLog {

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps the action announced by event {@code eventId}; the same event again adds nothing. */
    public void record(UUID eventId, CampaignActionTaken taken) {
        jdbc.sql("""
                        INSERT INTO audit_entry (event_id, campaign_id, taken_at, actor, action, reason, detail)
                        VALUES (:id, :campaign, :at, :actor, :action, :reason, :detail)
                        ON CONFLICT DO NOTHING
                        """)
                .param("id", eventId).param("campaign", taken.campaignId()).param("at", Timestamp.from(taken.takenAt()))
                .param("actor", taken.actor()).param("action", taken.action()).param("reason", taken.reason())
                .param("detail", taken.detail())
                .update();
    }

    /** The campaign's actions, newest first. */
    public List<AuditEntry> of(UUID campaignId) {
        return jdbc.sql("""
                        SELECT campaign_id, taken_at, actor, action, reason, detail FROM audit_entry
                        WHERE campaign_id = :campaign ORDER BY taken_at DESC, event_id
                        """)
                .param("campaign", campaignId)
                .query((rs, row) -> entry(rs))
                .list();
    }

    /** The latest actions on every campaign, newest first. */
    public List<AuditEntry> latest(int limit) {
        return jdbc.sql("""
                        SELECT campaign_id, taken_at, actor, action, reason, detail FROM audit_entry
                        ORDER BY taken_at DESC, event_id LIMIT :limit
                        """)
                .param("limit", limit)
                .query((rs, row) -> entry(rs))
                .list();
    }

    private static AuditEntry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new AuditEntry(rs.getTimestamp("taken_at").toInstant(), rs.getString("actor"), rs.getString("action"),
                rs.getObject("campaign_id", UUID.class), rs.getString("detail"), rs.getString("reason"));
    }
}
