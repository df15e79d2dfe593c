package org.demarche.bench.dashboard;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.demarche.events.EventCatalog;
import org.demarche.events.campaign.CampaignOpened;
import org.demarche.events.campaign.DeadlineScheduled;
import org.demarche.events.outreach.SignOnRequested;
import org.demarche.events.response.EmailBounced;
import org.demarche.events.response.EmailFailed;
import org.demarche.events.response.EmailSent;
import org.demarche.events.response.PartnerDeclined;
import org.demarche.events.response.PartnerSigned;

/**
 * Writes the dashboard's read model straight into its tables (created by the service's own
 * migrations), in the shape its projection gives them, a batch of campaigns per transaction:
 * projecting a million partners from Kafka events would take longer than the benchmark itself,
 * and the benchmark measures reads. Every value follows from the campaign's and the partner's
 * number, so two runs read the same data.
 *
 * <p>Each campaign: one of {@link #STATUSES} and of {@link #COUNTRIES} (every pair about equally
 * often), a meeting within half a year either side of today (one meeting in 25 moved since), the five
 * deadlines, {@code partners} partners (four in ten signed, one declined, the rest pending; one
 * email in 50 failed, one bounced) and the history the projection writes for them: the opening, the
 * deadlines scheduled, each request, each email and each answer.
 */
final class DashboardSeed {

    static final List<String> STATUSES = List.of("open", "signing", "closed-for-signing", "published", "paused",
            "cancelled", "done");
    static final List<String> COUNTRIES = List.of("AZ", "TR", "RU", "BY", "EG", "SA", "IR", "CN", "VN", "AE", "UZ",
            "TJ", "KZ", "RW", "ET", "BH", "QA", "PK", "IN", "VE");
    private static final int BATCH = 500;

    /** Campaign {@code i} (from 1): its id, meeting, status and country. */
    private static final String CAMPAIGNS = """
            INSERT INTO campaign_overview (id, title, country, target_name, meeting_starts_at, meeting_time_zone,
                                           status, meeting_id, meeting_at, meeting_zone)
            SELECT md5('bench-campaign-' || i)::uuid, 'Meeting ' || i || ' on the cases of ' || (ARRAY[%s])[1 + i %% 20],
                   (ARRAY[%s])[1 + i %% 20], 'Official ' || (1 + i %% 400), opened_with, 'Europe/Paris',
                   (ARRAY[%s])[1 + (i / 20) %% 7], md5('bench-meeting-' || i)::uuid,
                   opened_with + CASE WHEN i %% 25 = 0 THEN INTERVAL '1 day' ELSE INTERVAL '0' END, 'Europe/Paris'
            FROM generate_series(?, ?) AS i,
                 LATERAL (SELECT date_trunc('day', now()) - INTERVAL '180 days'
                                 + ((i * 7919) %% 525600) * INTERVAL '1 minute' AS opened_with) AS o
            """.formatted(array(COUNTRIES), array(COUNTRIES), array(STATUSES));

    /** Every campaign's meeting as it stands (one in 25 moved since its campaign opened), as the projection keeps it. */
    private static final String MOVED_MEETINGS = """
            INSERT INTO meeting_schedule (meeting_id, starts_at, time_zone)
            SELECT meeting_id, meeting_at, meeting_zone
            FROM campaign_overview WHERE id IN (SELECT md5('bench-campaign-' || i)::uuid FROM generate_series(?, ?) AS i)
            """;

    private static final String DEADLINES = """
            INSERT INTO campaign_deadline (campaign_id, kind, due_at, reached)
            SELECT c.id, d.kind, c.meeting_starts_at + d.offset_days * INTERVAL '1 day',
                   c.meeting_starts_at + d.offset_days * INTERVAL '1 day' < now()
            FROM campaign_overview c
            CROSS JOIN (VALUES ('sign-on-requests', -10), ('reminder', -6), ('sign-on-closes', -3), ('publication', -2),
                               ('follow-up', 7)) AS d (kind, offset_days)
            WHERE c.id IN (SELECT md5('bench-campaign-' || i)::uuid FROM generate_series(?, ?) AS i)
            """;

    /** Partner {@code j} of campaign {@code i}: h = (31 i + 17 j) mod 10 decides its answer. */
    private static final String PARTNERS = """
            INSERT INTO campaign_partner (campaign_id, partner_id, is_partner, organisation, email, answer, answered_at,
                                          delivery, delivery_problem, delivery_at, country)
            SELECT md5('bench-campaign-' || i)::uuid, 'partner-' || j, TRUE, 'Organisation ' || lpad(j::text, 4, '0'),
                   'contact' || j || '@partner' || j || '.example.org',
                   CASE WHEN (31 * i + 17 * j) %% 10 < 4 THEN 'signed' WHEN (31 * i + 17 * j) %% 10 = 4 THEN 'declined'
                        ELSE 'pending' END,
                   CASE WHEN (31 * i + 17 * j) %% 10 <= 4 THEN now() - INTERVAL '200 days' + j * INTERVAL '1 minute' END,
                   CASE (i + j) %% 50 WHEN 0 THEN 'failed' WHEN 1 THEN 'bounced' ELSE 'sent' END,
                   CASE (i + j) %% 50 WHEN 0 THEN 'sign-on-request: 550 mailbox unavailable'
                                      WHEN 1 THEN '552 mailbox full' END,
                   now() - INTERVAL '210 days' + j * INTERVAL '1 second',
                   CASE WHEN (31 * i + 17 * j) %% 10 < 4 THEN (ARRAY[%s])[1 + j %% 20] END
            FROM generate_series(?, ?) AS i CROSS JOIN generate_series(1, ?) AS j
            """.formatted(array(COUNTRIES));

    /** The counters of the overview, counted from the partners as the projection counts them. */
    private static final String COUNTERS = """
            UPDATE campaign_overview c SET invited = p.invited, signed = p.signed, declined = p.declined,
                   emails_sent = p.sent, emails_failed = p.failed, emails_bounced = p.bounced
            FROM (SELECT campaign_id, COUNT(*) AS invited,
                         COUNT(*) FILTER (WHERE answer = 'signed') AS signed,
                         COUNT(*) FILTER (WHERE answer = 'declined') AS declined,
                         COUNT(*) FILTER (WHERE delivery = 'sent') AS sent,
                         COUNT(*) FILTER (WHERE delivery = 'failed') AS failed,
                         COUNT(*) FILTER (WHERE delivery = 'bounced') AS bounced
                  FROM campaign_partner
                  WHERE campaign_id IN (SELECT md5('bench-campaign-' || i)::uuid FROM generate_series(?, ?) AS i)
                  GROUP BY campaign_id) p
            WHERE c.id = p.campaign_id
            """;

    /** The opening and the five deadlines scheduled. */
    private static final String CAMPAIGN_HISTORY = """
            INSERT INTO campaign_event (event_id, campaign_id, event_type, occurred_at, summary)
            SELECT md5('bench-event-' || c.id || '-opened')::uuid, c.id, ?, c.meeting_starts_at - INTERVAL '12 days',
                   'Campaign opened: ' || c.title
            FROM campaign_overview c
            WHERE c.id IN (SELECT md5('bench-campaign-' || i)::uuid FROM generate_series(?, ?) AS i)
            UNION ALL
            SELECT md5('bench-event-' || d.campaign_id || '-' || d.kind)::uuid, d.campaign_id, ?,
                   d.due_at - INTERVAL '20 days', 'Deadline ' || d.kind || ' scheduled for ' || d.due_at
            FROM campaign_deadline d
            WHERE d.campaign_id IN (SELECT md5('bench-campaign-' || i)::uuid FROM generate_series(?, ?) AS i)
            """;

    /** Each partner's request, the fate of its email and its answer. */
    private static final String PARTNER_HISTORY = """
            INSERT INTO campaign_event (event_id, campaign_id, event_type, occurred_at, summary)
            SELECT md5('bench-event-' || p.campaign_id || '-asked-' || p.partner_id)::uuid, p.campaign_id, ?,
                   p.delivery_at - INTERVAL '1 second', p.organisation || ' asked to co-sign'
            FROM campaign_partner p
            WHERE p.campaign_id IN (SELECT md5('bench-campaign-' || i)::uuid FROM generate_series(?, ?) AS i)
            UNION ALL
            SELECT md5('bench-event-' || p.campaign_id || '-email-' || p.partner_id)::uuid, p.campaign_id,
                   CASE p.delivery WHEN 'failed' THEN ? WHEN 'bounced' THEN ? ELSE ? END, p.delivery_at,
                   CASE p.delivery WHEN 'sent' THEN 'Email sign-on-request to partner ' || p.partner_id || ' sent'
                        ELSE 'Email to partner ' || p.partner_id || ' ' || p.delivery || ': ' || p.delivery_problem END
            FROM campaign_partner p
            WHERE p.campaign_id IN (SELECT md5('bench-campaign-' || i)::uuid FROM generate_series(?, ?) AS i)
            UNION ALL
            SELECT md5('bench-event-' || p.campaign_id || '-answer-' || p.partner_id)::uuid, p.campaign_id,
                   CASE p.answer WHEN 'signed' THEN ? ELSE ? END, p.answered_at,
                   CASE p.answer WHEN 'signed' THEN p.organisation || ' signed' ELSE 'Partner ' || p.partner_id || ' declined' END
            FROM campaign_partner p
            WHERE p.answer <> 'pending'
              AND p.campaign_id IN (SELECT md5('bench-campaign-' || i)::uuid FROM generate_series(?, ?) AS i)
            """;

    private DashboardSeed() {
    }

    /** Row counts of what was written. */
    record Seeded(long campaigns, long partners, long deadlines, long history, long movedMeetings) {
    }

    static Seeded seed(Connection connection, int campaigns, int partners) throws SQLException {
        connection.setAutoCommit(false);
        for (int from = 1; from <= campaigns; from += BATCH) {
            int to = Math.min(campaigns, from + BATCH - 1);
            execute(connection, CAMPAIGNS, from, to);
            execute(connection, MOVED_MEETINGS, from, to);
            execute(connection, DEADLINES, from, to);
            execute(connection, PARTNERS, from, to, partners);
            execute(connection, COUNTERS, from, to);
            execute(connection, CAMPAIGN_HISTORY, type(CampaignOpened.class), from, to, type(DeadlineScheduled.class),
                    from, to);
            execute(connection, PARTNER_HISTORY, type(SignOnRequested.class), from, to, type(EmailFailed.class),
                    type(EmailBounced.class), type(EmailSent.class), from, to, type(PartnerSigned.class),
                    type(PartnerDeclined.class), from, to);
            connection.commit();
        }
        connection.setAutoCommit(true);
        try (Statement sql = connection.createStatement()) {
            sql.execute("ANALYZE");
        }
        return new Seeded(count(connection, "campaign_overview"), count(connection, "campaign_partner"),
                count(connection, "campaign_deadline"), count(connection, "campaign_event"),
                count(connection, "meeting_schedule"));
    }

    private static void execute(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement sql = connection.createStatement(); var rows = sql.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String type(Class<? extends org.demarche.events.DemarcheEvent> event) {
        return EventCatalog.typeOf(event);
    }

    private static String array(List<String> values) {
        return "'" + String.join("', '", values) + "'";
    }
}
