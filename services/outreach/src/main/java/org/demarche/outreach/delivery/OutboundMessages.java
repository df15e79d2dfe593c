package org.demarche.outreach.delivery;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.SqlParameterValue;
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
     * Queues a message unless one under the same key exists.
     *
     * @return whether it was queued now
     */
    public boolean enqueue(OutgoingMail mail, Instant now) {
        MessageKey key = mail.key();
        Attachment attachment = mail.attachment();
        return jdbc.sql("""
                        INSERT INTO outbound_message (id, campaign_id, partner_id, kind, occasion, draft_version, recipient,
                                                      reply_to, subject, text_body, html_body, attachment_name,
                                                      attachment_type, attachment_content, not_before, status, attempts,
                                                      created_at)
                        VALUES (:id, :campaign, :partner, :kind, :occasion, :version, :recipient, :replyTo, :subject,
                                :text, :html, :attachmentName, :attachmentType, :attachmentContent, :notBefore,
                                'pending', 0, :now)
                        ON CONFLICT DO NOTHING
                        """)
                .params(Map.of("id", UUID.randomUUID(), "campaign", key.campaignId(), "partner", key.partnerId(),
                        "kind", key.kind(), "occasion", key.occasion(), "version", mail.draftVersion(),
                        "recipient", mail.recipient(), "subject", mail.content().subject()))
                .param("text", mail.content().text())
                .param("html", mail.content().html())
                // the optional columns say their type: a bare null gives PostgreSQL nothing to infer one from
                .param("replyTo", new SqlParameterValue(Types.VARCHAR, mail.replyTo()))
                .param("attachmentName", new SqlParameterValue(Types.VARCHAR,
                        attachment == null ? null : attachment.filename()))
                .param("attachmentType", new SqlParameterValue(Types.VARCHAR,
                        attachment == null ? null : attachment.contentType()))
                .param("attachmentContent", new SqlParameterValue(Types.VARBINARY,
                        attachment == null ? null : attachment.content()))
                .param("notBefore", new SqlParameterValue(Types.TIMESTAMP,
                        mail.notBefore() == null ? null : Timestamp.from(mail.notBefore())))
                .param("now", Timestamp.from(now))
                .update() == 1;
    }

    /** Whether a message is queued (or sent) under this key. */
    public boolean exists(MessageKey key) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM outbound_message
                        WHERE campaign_id = :campaign AND partner_id = :partner AND kind = :kind AND occasion = :occasion
                        """)
                .param("campaign", key.campaignId()).param("partner", key.partnerId())
                .param("kind", key.kind()).param("occasion", key.occasion())
                .query(Integer.class).single() > 0;
    }

    /**
     * Withdraws the messages of a kind to a partner that have not gone out yet, e.g. a reminder
     * waiting for the end of quiet hours when the partner answers.
     *
     * @return how many were withdrawn
     */
    public int cancelPending(UUID campaignId, String partnerId, String kind) {
        return jdbc.sql("""
                        UPDATE outbound_message SET status = 'cancelled'
                        WHERE campaign_id = :campaign AND partner_id = :partner AND kind = :kind AND status = 'pending'
                        """)
                .param("campaign", campaignId).param("partner", partnerId).param("kind", kind)
                .update();
    }

    /** Messages waiting to be sent and due at {@code now}, oldest first. */
    List<OutboundMessage> due(Instant now, int limit) {
        return jdbc.sql("""
                        SELECT id, campaign_id, partner_id, kind, draft_version, recipient, reply_to, subject, text_body,
                               html_body, attachment_name, attempts
                        FROM outbound_message
                        WHERE status = 'pending' AND (not_before IS NULL OR not_before <= :now)
                        ORDER BY created_at, id
                        FETCH FIRST :limit ROWS ONLY
                        """)
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query((rs, row) -> new OutboundMessage(rs.getObject("id", UUID.class),
                        rs.getObject("campaign_id", UUID.class), rs.getString("partner_id"), rs.getString("kind"),
                        rs.getInt("draft_version"), rs.getString("recipient"), rs.getString("reply_to"),
                        new MailContent(rs.getString("subject"), rs.getString("text_body"), rs.getString("html_body")),
                        rs.getString("attachment_name") != null, rs.getInt("attempts")))
                .list();
    }

    /** The file kept with a message, read only when it is sent so that the queue stays light to scan. */
    Optional<Attachment> attachmentOf(UUID id) {
        return jdbc.sql("""
                        SELECT attachment_name, attachment_type, attachment_content FROM outbound_message
                        WHERE id = :id AND attachment_name IS NOT NULL
                        """)
                .param("id", id)
                .query((rs, row) -> new Attachment(rs.getString("attachment_name"), rs.getString("attachment_type"),
                        rs.getBytes("attachment_content")))
                .optional();
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
