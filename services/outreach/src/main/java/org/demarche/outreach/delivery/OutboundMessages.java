package org.demarche.outreach.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import org.demarche.outreach.OutreachProperties;
import org.demarche.platform.tracing.TraceContexts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The outbound_message table: the queue of emails and their delivery state. A message is
 * {@code pending} until a sender claims it ({@code sending}, until {@code claimed_until}), then
 * {@code sent} or {@code failed}; or {@code cancelled} before it went (the partner answered,
 * opted out, or the link was revoked).
 */
@Repository
public class OutboundMessages {

    private static final String SENDING_COLUMNS = """
            id, campaign_id, partner_id, kind, draft_version, recipient, reply_to, subject, text_body, html_body,
            attachment_name, attempts, message_id, in_reply_to, unsubscribe_url, calendar, quiet_zone, trace_parent
            """;

    private static final String INSERT = """
            INSERT INTO outbound_message (id, campaign_id, partner_id, kind, occasion, draft_version, recipient, reply_to,
                                          subject, text_body, html_body, attachment_name, attachment_type,
                                          attachment_content, not_before, status, attempts, created_at, send_order,
                                          message_id, in_reply_to, unsubscribe_url, calendar, quiet_zone, trace_parent)
            VALUES (:id, :campaign, :partner, :kind, :occasion, :version, :recipient, :replyTo, :subject, :text, :html,
                    :attachmentName, :attachmentType, :attachmentContent, :notBefore, 'pending', 0, :now, :sendOrder,
                    :messageId, :inReplyTo, :unsubscribeUrl, :calendar, :quietZone, :traceParent)
            ON CONFLICT DO NOTHING
            """;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batches;
    private final MessageIds ids;
    private final TraceContexts traces;
    private final Runnable wakeSenders;
    private final Duration interleave;

    @Autowired
    OutboundMessages(JdbcClient jdbc, NamedParameterJdbcTemplate batches, MessageIds ids, TraceContexts traces,
                     DeliverySignal signal, OutreachProperties properties) {
        this(jdbc, batches, ids, traces, signal, properties.delivery().campaignInterleave());
    }

    OutboundMessages(JdbcClient jdbc, NamedParameterJdbcTemplate batches, MessageIds ids, TraceContexts traces,
                     DeliverySignal signal, Duration interleave) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.ids = ids;
        this.traces = traces;
        this.wakeSenders = signal::wakeUp;
        this.interleave = interleave;
    }

    /**
     * Queues a message unless one under the same key exists. Inside a transaction the message is
     * written with the others the transaction queues, in one batch, just before it commits (or
     * before this repository next looks at the queue in it): a poll of sign-on requests queues its
     * hundreds of messages in one round trip to the database. The senders are woken once the
     * transaction commits, so the message goes out without waiting for their next look.
     *
     * <p>Senders take the queue in its order, {@code send_order}: the time a message was queued, plus
     * the interleave for every message its campaign queued before it in the same transaction. A
     * campaign's many messages so take turns with other campaigns' instead of going all before them.
     */
    public void enqueue(OutgoingMail mail, Instant now) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            QueuedInTransaction queued = queuedInThisTransaction();
            queued.rows.add(row(mail, now, queued.turnOf(mail.key().campaignId())));
        } else if (batches.update(INSERT, row(mail, now, 0)) == 1) {
            wakeSenders.run();
        }
    }

    private MapSqlParameterSource row(OutgoingMail mail, Instant now, int turn) {
        MessageKey key = mail.key();
        Attachment attachment = mail.attachment();
        return new MapSqlParameterSource()
                .addValue("id", UUID.randomUUID()).addValue("campaign", key.campaignId())
                .addValue("partner", key.partnerId()).addValue("kind", key.kind()).addValue("occasion", key.occasion())
                .addValue("version", mail.draftVersion()).addValue("recipient", mail.recipient())
                .addValue("subject", mail.content().subject())
                .addValue("text", mail.content().text())
                .addValue("html", mail.content().html())
                .addValue("messageId", ids.of(key))
                // the optional columns say their type: a bare null gives PostgreSQL nothing to infer one from
                .addValue("replyTo", text(mail.replyTo()))
                .addValue("attachmentName", text(attachment == null ? null : attachment.filename()))
                .addValue("attachmentType", text(attachment == null ? null : attachment.contentType()))
                .addValue("attachmentContent", new SqlParameterValue(Types.VARBINARY,
                        attachment == null ? null : attachment.content()))
                .addValue("notBefore", timestamp(mail.notBefore()))
                .addValue("inReplyTo", text(mail.inReplyTo()))
                .addValue("unsubscribeUrl", text(mail.unsubscribeUrl()))
                .addValue("calendar", text(mail.calendar()))
                .addValue("quietZone", text(mail.quietZone()))
                // sending it continues the trace of what queued it
                .addValue("traceParent", text(traces.current().orElse(null)))
                .addValue("now", Timestamp.from(now))
                .addValue("sendOrder", Timestamp.from(now.plus(interleave.multipliedBy(turn))));
    }

    private QueuedInTransaction queuedInThisTransaction() {
        var queued = (QueuedInTransaction) TransactionSynchronizationManager.getResource(this);
        if (queued == null) {
            queued = new QueuedInTransaction();
            TransactionSynchronizationManager.bindResource(this, queued);
            TransactionSynchronizationManager.registerSynchronization(queued);
        }
        return queued;
    }

    /**
     * Every statement on the queue but the batch insert goes through here: what this transaction
     * queued so far is written first, so that the statement sees the queue whole.
     */
    private JdbcClient.StatementSpec sql(String statement) {
        writeQueued();
        return jdbc.sql(statement);
    }

    private void writeQueued() {
        var queued = (QueuedInTransaction) TransactionSynchronizationManager.getResource(this);
        if (queued != null) {
            queued.write();
        }
    }

    /** The messages a transaction queued and has not written yet; wakes the senders after it commits. */
    private final class QueuedInTransaction implements TransactionSynchronization {

        private final List<MapSqlParameterSource> rows = new ArrayList<>();
        private final Map<UUID, Integer> turns = new HashMap<>();
        private boolean wroteAny;

        /** How many messages of the campaign this transaction queued before this one. */
        int turnOf(UUID campaignId) {
            return turns.merge(campaignId, 1, Integer::sum) - 1;
        }

        void write() {
            if (rows.isEmpty()) {
                return;
            }
            int[] inserted = batches.batchUpdate(INSERT, rows.toArray(MapSqlParameterSource[]::new));
            rows.clear();
            // a driver that does not count each row of a batch (a negative count) may have inserted it
            wroteAny |= Arrays.stream(inserted).anyMatch(count -> count != 0);
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            write();
        }

        @Override
        public void afterCommit() {
            if (wroteAny) {
                wakeSenders.run();
            }
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(OutboundMessages.this);
        }
    }

    /** Whether a message is queued (or sent) under this key. */
    public boolean exists(MessageKey key) {
        return sql("""
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
        return sql("""
                        UPDATE outbound_message SET status = 'cancelled'
                        WHERE campaign_id = :campaign AND partner_id = :partner AND kind = :kind AND status = 'pending'
                        """)
                .param("campaign", campaignId).param("partner", partnerId).param("kind", kind)
                .update();
    }

    /** As {@link #cancelPending(UUID, String, String)}, sparing the message of one occasion (the one about to be queued). */
    public int cancelPendingExcept(MessageKey spared) {
        return sql("""
                        UPDATE outbound_message SET status = 'cancelled'
                        WHERE campaign_id = :campaign AND partner_id = :partner AND kind = :kind AND status = 'pending'
                          AND occasion <> :occasion
                        """)
                .param("campaign", spared.campaignId()).param("partner", spared.partnerId())
                .param("kind", spared.kind()).param("occasion", spared.occasion())
                .update();
    }

    /** Withdraws every message to a partner about a campaign that has not gone out yet. */
    public int cancelAllPending(UUID campaignId, String partnerId) {
        return sql("""
                        UPDATE outbound_message SET status = 'cancelled'
                        WHERE campaign_id = :campaign AND partner_id = :partner AND status = 'pending'
                        """)
                .param("campaign", campaignId).param("partner", partnerId)
                .update();
    }

    /** Withdraws what waits to go to an address about these campaigns (an opt-out). */
    public int cancelPendingTo(String email, List<UUID> campaignIds) {
        if (campaignIds.isEmpty()) {
            return 0;
        }
        return sql("""
                        UPDATE outbound_message SET status = 'cancelled'
                        WHERE LOWER(recipient) = :email AND campaign_id IN (:campaigns) AND status = 'pending'
                        """)
                .param("email", email.toLowerCase(java.util.Locale.ROOT)).param("campaigns", campaignIds)
                .update();
    }

    /** How many messages of a kind a partner has had or is about to have about a campaign. */
    public int countNotCancelled(UUID campaignId, String partnerId, String kind) {
        return sql("""
                        SELECT COUNT(*) FROM outbound_message
                        WHERE campaign_id = :campaign AND partner_id = :partner AND kind = :kind AND status <> 'cancelled'
                        """)
                .param("campaign", campaignId).param("partner", partnerId).param("kind", kind)
                .query(Integer.class).single();
    }

    /** The latest message of a kind to a partner about a campaign that was not withdrawn. */
    public Optional<QueuedMessage> latest(UUID campaignId, String partnerId, String kind) {
        return sql("""
                        SELECT message_id, status, created_at, sent_at FROM outbound_message
                        WHERE campaign_id = :campaign AND partner_id = :partner AND kind = :kind AND status <> 'cancelled'
                        ORDER BY created_at DESC, draft_version DESC
                        FETCH FIRST 1 ROWS ONLY
                        """)
                .param("campaign", campaignId).param("partner", partnerId).param("kind", kind)
                .query((rs, row) -> new QueuedMessage(rs.getString("message_id"), rs.getString("status"),
                        instant(rs, "created_at"), instant(rs, "sent_at")))
                .optional();
    }

    /**
     * Claims up to {@code limit} messages due at {@code now}, in the queue's order, until {@code claimedUntil}:
     * first those whose sender's claim lapsed (it died while sending), then those waiting. Rows another
     * sender is claiming right now are skipped, so several senders and instances share the queue.
     * Must run in a transaction.
     */
    List<OutboundMessage> claimDue(Instant now, int limit, Instant claimedUntil) {
        // one status at a time, each in the queue index's order, so that a claim reads a batch, not the queue
        List<OutboundMessage> due = new ArrayList<>(lockDue("status = 'sending' AND claimed_until <= :now", now, limit));
        if (due.size() < limit) {
            due.addAll(lockDue("status = 'pending' AND (not_before IS NULL OR not_before <= :now)", now,
                    limit - due.size()));
        }
        if (!due.isEmpty()) {
            sql("UPDATE outbound_message SET status = 'sending', claimed_until = :until WHERE id IN (:ids)")
                    .param("until", Timestamp.from(claimedUntil))
                    .param("ids", due.stream().map(OutboundMessage::id).toList())
                    .update();
        }
        return due;
    }

    private List<OutboundMessage> lockDue(String condition, Instant now, int limit) {
        return sql("SELECT " + SENDING_COLUMNS + " FROM outbound_message WHERE " + condition + """
                         ORDER BY status, send_order, id
                        FETCH FIRST :limit ROWS ONLY
                        FOR UPDATE SKIP LOCKED
                        """)
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query(OutboundMessages::sending)
                .list();
    }

    /** Messages waiting to be sent and due at {@code now}, in the queue's order, without claiming them. */
    List<OutboundMessage> due(Instant now, int limit) {
        return sql("SELECT " + SENDING_COLUMNS + """
                        FROM outbound_message
                        WHERE status = 'pending' AND (not_before IS NULL OR not_before <= :now)
                        ORDER BY send_order, id
                        FETCH FIRST :limit ROWS ONLY
                        """)
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query(OutboundMessages::sending)
                .list();
    }

    /** The file kept with a message, read only when it is sent so that the queue stays light to scan. */
    Optional<Attachment> attachmentOf(UUID id) {
        return sql("""
                        SELECT attachment_name, attachment_type, attachment_content FROM outbound_message
                        WHERE id = :id AND attachment_name IS NOT NULL
                        """)
                .param("id", id)
                .query((rs, row) -> new Attachment(rs.getString("attachment_name"), rs.getString("attachment_type"),
                        rs.getBytes("attachment_content")))
                .optional();
    }

    /**
     * The server accepted these messages, each at its moment.
     *
     * @return the ones marked now, in {@code acceptedAt}'s order; one left out is no longer being
     * sent: recorded already by an earlier attempt whose commit went through unseen
     */
    List<UUID> markSent(Map<UUID, Instant> acceptedAt) {
        writeQueued();
        if (acceptedAt.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = List.copyOf(acceptedAt.keySet());
        int[] counts = batches.batchUpdate("""
                UPDATE outbound_message SET status = 'sent', sent_at = :at, attempts = attempts + 1,
                       claimed_until = NULL, last_error = NULL
                WHERE id = :id AND status = 'sending'
                """, ids.stream().map(id -> new MapSqlParameterSource("id", id)
                .addValue("at", Timestamp.from(acceptedAt.get(id)))).toArray(MapSqlParameterSource[]::new));
        List<UUID> marked = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            if (counts[i] != 0) { // a driver that does not count each row (a negative count) may have marked it
                marked.add(ids.get(i));
            }
        }
        return marked;
    }

    /**
     * A transient failure: the message waits until {@code retryAt} and is tried again. Like
     * {@link #markSent}, only while the message is being sent: recorded once, whatever the retries.
     */
    void markRetry(UUID id, String error, Instant retryAt) {
        sql("""
                        UPDATE outbound_message SET status = 'pending', attempts = attempts + 1, last_error = :error,
                               not_before = :retryAt, claimed_until = NULL
                        WHERE id = :id AND status = 'sending'
                        """)
                .param("id", id).param("error", truncate(error)).param("retryAt", Timestamp.from(retryAt)).update();
    }

    /**
     * Given up: a permanent failure, or transient ones until attempts ran out.
     *
     * @return false when it was no longer being sent: recorded already (see {@link #markSent})
     */
    boolean markFailed(UUID id, String error) {
        return sql("""
                        UPDATE outbound_message SET status = 'failed', attempts = attempts + 1, last_error = :error,
                               claimed_until = NULL
                        WHERE id = :id AND status = 'sending'
                        """)
                .param("id", id).param("error", truncate(error)).update() == 1;
    }

    /** Claimed but not attempted (the sender is stopping): back to the queue at once, no attempt counted. */
    void release(List<UUID> ids) {
        batch("UPDATE outbound_message SET status = 'pending', claimed_until = NULL WHERE id = :id AND status = 'sending'",
                ids.stream().map(id -> new MapSqlParameterSource("id", id)).toList());
    }

    /** Messages waiting and due at {@code now}: what the senders have to get through. */
    long queued(Instant now) {
        return sql("""
                        SELECT COUNT(*) FROM outbound_message
                        WHERE status = 'pending' AND (not_before IS NULL OR not_before <= :now)
                        """)
                .param("now", Timestamp.from(now)).query(Long.class).single();
    }

    /** Messages waiting for a later time: a retry's back-off, or the end of the recipient's quiet hours. */
    long deferred(Instant now) {
        return sql("SELECT COUNT(*) FROM outbound_message WHERE status = 'pending' AND not_before > :now")
                .param("now", Timestamp.from(now)).query(Long.class).single();
    }

    /** Messages claimed by a sender whose outcome is not recorded yet (or whose sender died). */
    long beingSent() {
        return sql("SELECT COUNT(*) FROM outbound_message WHERE status = 'sending'").query(Long.class).single();
    }

    /** Delivery state of every message of a campaign, by status. */
    Map<String, Integer> countByStatus(UUID campaignId) {
        Map<String, Integer> counts = new TreeMap<>();
        sql("SELECT status, COUNT(*) AS n FROM outbound_message WHERE campaign_id = :campaign GROUP BY status")
                .param("campaign", campaignId)
                .query(rs -> {
                    counts.put(rs.getString("status"), rs.getInt("n"));
                });
        return counts;
    }

    private void batch(String sql, List<MapSqlParameterSource> rows) {
        writeQueued();
        if (!rows.isEmpty()) {
            batches.batchUpdate(sql, rows.toArray(MapSqlParameterSource[]::new));
        }
    }

    private static OutboundMessage sending(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        String messageId = rs.getString("message_id");
        return new OutboundMessage(id, rs.getObject("campaign_id", UUID.class), rs.getString("partner_id"),
                rs.getString("kind"), rs.getInt("draft_version"), rs.getString("recipient"), rs.getString("reply_to"),
                new MailContent(rs.getString("subject"), rs.getString("text_body"), rs.getString("html_body")),
                rs.getString("attachment_name") != null, rs.getInt("attempts"),
                // rows queued before Message-IDs were derived from keys keep the id they always had
                messageId == null ? "<" + id + "@demarche>" : messageId,
                rs.getString("in_reply_to"), rs.getString("unsubscribe_url"), rs.getString("calendar"),
                rs.getString("quiet_zone"), rs.getString("trace_parent"));
    }

    private static SqlParameterValue text(String value) {
        return new SqlParameterValue(Types.VARCHAR, value);
    }

    private static SqlParameterValue timestamp(Instant value) {
        return new SqlParameterValue(Types.TIMESTAMP, value == null ? null : Timestamp.from(value));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static String truncate(String error) {
        String text = error == null ? "unknown error" : error;
        return text.length() > 2000 ? text.substring(0, 2000) : text;
    }

    /**
     * A message as the features that queue them see it.
     *
     * @param messageId its Message-ID
     * @param status    {@code pending}, {@code sending}, {@code sent} or {@code failed}
     * @param sentAt    when the server accepted it; null until then
     */
    public record QueuedMessage(String messageId, String status, Instant createdAt, Instant sentAt) {

        public boolean sent() {
            return "sent".equals(status);
        }
    }
}
