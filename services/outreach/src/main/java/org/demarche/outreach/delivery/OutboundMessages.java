package org.demarche.outreach.delivery;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbound_message table: the queue of emails and their delivery state. */
@Repository
public class OutboundMessages {

    private final JdbcClient jdbc;

    OutboundMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Queues a message unless one for the same campaign, partner, kind and draft version exists.
     *
     * @return whether it was queued now
     */
    public boolean enqueue(UUID campaignId, String partnerId, String kind, int draftVersion, String recipient,
                           MailContent content, Instant now) {
        return jdbc.sql("""
                        INSERT INTO outbound_message (id, campaign_id, partner_id, kind, draft_version, recipient, subject,
                                                      text_body, html_body, status, attempts, created_at)
                        VALUES (:id, :campaign, :partner, :kind, :version, :recipient, :subject, :text, :html,
                                'pending', 0, :now)
                        ON CONFLICT DO NOTHING
                        """)
                .params(Map.of("id", UUID.randomUUID(), "campaign", campaignId, "partner", partnerId, "kind", kind,
                        "version", draftVersion, "recipient", recipient, "subject", content.subject()))
                .param("text", content.text())
                .param("html", content.html())
                .param("now", Timestamp.from(now))
                .update() == 1;
    }

    List<OutboundMessage> pending(int limit) {
        return jdbc.sql("""
                        SELECT id, campaign_id, partner_id, kind, draft_version, recipient, subject, text_body, html_body, attempts
                        FROM outbound_message WHERE status = 'pending' ORDER BY created_at, id
                        FETCH FIRST :limit ROWS ONLY
                        """)
                .param("limit", limit)
                .query((rs, row) -> new OutboundMessage(rs.getObject("id", UUID.class),
                        rs.getObject("campaign_id", UUID.class), rs.getString("partner_id"), rs.getString("kind"),
                        rs.getInt("draft_version"), rs.getString("recipient"),
                        new MailContent(rs.getString("subject"), rs.getString("text_body"), rs.getString("html_body")),
                        rs.getInt("attempts")))
                .list();
    }

    void markSent(UUID id, Instant at) {
        jdbc.sql("UPDATE outbound_message SET status = 'sent', sent_at = :at, attempts = attempts + 1 WHERE id = :id")
                .param("id", id).param("at", Timestamp.from(at)).update();
    }

    void markAttemptFailed(UUID id, String error, boolean givenUp) {
        jdbc.sql("""
                        UPDATE outbound_message SET attempts = attempts + 1, last_error = :error,
                               status = CASE WHEN :givenUp THEN 'failed' ELSE status END
                        WHERE id = :id
                        """)
                .param("id", id).param("error", truncate(error)).param("givenUp", givenUp).update();
    }

    /** Delivery state of every message of a campaign, by status. */
    public Map<String, Integer> countByStatus(UUID campaignId) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        jdbc.sql("SELECT status, COUNT(*) AS n FROM outbound_message WHERE campaign_id = :campaign GROUP BY status")
                .param("campaign", campaignId)
                .query(rs -> {
                    counts.put(rs.getString("status"), rs.getInt("n"));
                });
        return counts;
    }

    private static String truncate(String error) {
        String text = error == null ? "unknown error" : error;
        return text.length() > 2000 ? text.substring(0, 2000) : text;
    }
}
