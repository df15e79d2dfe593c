package org.demarche.dashboard.campaign;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.demarche.events.EventCatalog;
import org.demarche.events.campaign.CampaignOpened;
import org.demarche.events.response.EmailBounced;
import org.demarche.events.response.EmailFailed;
import org.demarche.events.response.EmailSent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The dashboard's tables: what projections write and the API and pages read. */
@Repository
class CampaignReadModel {

    /**
     * The campaigns' rows, to be narrowed, ordered and paged. Each carries its meeting's start as it
     * stands now ({@code meeting_at}, {@code meeting_zone}), so that the list's order is an index's.
     */
    private static final String ROWS = "SELECT c.* FROM campaign_overview c";

    /**
     * The rows chosen with their next deadline, soonest meeting first. The deadlines are read for
     * the chosen rows only: a page of 50 out of 10 000 campaigns looks up 50 campaigns' deadlines.
     */
    private static final String OVERVIEW = """
            SELECT r.*,
                   (SELECT MIN(n.due_at) FROM campaign_deadline n
                    WHERE n.campaign_id = r.id AND NOT n.reached) AS next_due_at,
                   (SELECT n.kind FROM campaign_deadline n WHERE n.campaign_id = r.id AND NOT n.reached
                    ORDER BY n.due_at, n.kind FETCH FIRST 1 ROW ONLY) AS next_kind
            FROM (%s) r
            ORDER BY r.meeting_at, r.id
            """;

    /** The partners' counters, recounted from their rows: a partner asked twice is still one partner. */
    private static final String RECOUNT_PARTNERS = """
            UPDATE campaign_overview SET
                invited = (SELECT COUNT(*) FROM campaign_partner p WHERE p.campaign_id = :id AND p.is_partner),
                signed = (SELECT COUNT(*) FROM campaign_partner p
                          WHERE p.campaign_id = :id AND p.is_partner AND p.answer = 'signed'),
                declined = (SELECT COUNT(*) FROM campaign_partner p
                            WHERE p.campaign_id = :id AND p.is_partner AND p.answer = 'declined')
            WHERE id = :id
            """;

    private final JdbcClient jdbc;

    CampaignReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The campaign's row. Outreach and responses come on other topics than the opening and may
     * have been projected before it: the counters are recounted from what is there already.
     */
    void opened(CampaignOpened campaign) {
        MeetingTime meeting = meetingTime(campaign.meetingId(), campaign.meetingStartsAt(), campaign.meetingTimeZone());
        int inserted = jdbc.sql("""
                        INSERT INTO campaign_overview (id, title, country, target_name, meeting_id, meeting_starts_at,
                                                       meeting_time_zone, meeting_at, meeting_zone, status)
                        VALUES (:id, :title, :country, :target, :meetingId, :startsAt, :zone, :meetingAt, :meetingZone,
                                'open')
                        ON CONFLICT DO NOTHING
                        """)
                .param("id", campaign.campaignId()).param("title", campaign.title())
                .param("country", campaign.country())
                .param("target", campaign.targetName() != null ? campaign.targetName() : campaign.targetId())
                .param("meetingId", campaign.meetingId())
                .param("startsAt", Timestamp.from(campaign.meetingStartsAt()))
                .param("zone", campaign.meetingTimeZone())
                .param("meetingAt", Timestamp.from(meeting.startsAt())).param("meetingZone", meeting.timeZone())
                .update();
        if (inserted == 1) {
            recountPartners(campaign.campaignId());
            jdbc.sql("""
                            UPDATE campaign_overview SET
                                emails_sent = (SELECT COUNT(*) FROM campaign_event e
                                               WHERE e.campaign_id = :id AND e.event_type = :sent),
                                emails_failed = (SELECT COUNT(*) FROM campaign_event e
                                                 WHERE e.campaign_id = :id AND e.event_type = :failed),
                                emails_bounced = (SELECT COUNT(*) FROM campaign_event e
                                                  WHERE e.campaign_id = :id AND e.event_type = :bounced)
                            WHERE id = :id
                            """)
                    .param("id", campaign.campaignId())
                    .param("sent", EventCatalog.typeOf(EmailSent.class))
                    .param("failed", EventCatalog.typeOf(EmailFailed.class))
                    .param("bounced", EventCatalog.typeOf(EmailBounced.class))
                    .update();
        }
    }

    /**
     * The meeting moved: its campaigns show the new start from now on, including a campaign whose
     * opening is read after the move.
     *
     * @return the campaigns of the meeting known so far
     */
    List<UUID> meetingMoved(UUID meetingId, Instant startsAt, String timeZone) {
        knowMeeting(meetingId, startsAt, timeZone);
        jdbc.sql("UPDATE meeting_schedule SET starts_at = :startsAt, time_zone = :zone WHERE meeting_id = :id")
                .param("id", meetingId).param("startsAt", Timestamp.from(startsAt)).param("zone", timeZone)
                .update();
        jdbc.sql("UPDATE campaign_overview SET meeting_at = :startsAt, meeting_zone = :zone WHERE meeting_id = :id")
                .param("id", meetingId).param("startsAt", Timestamp.from(startsAt)).param("zone", timeZone)
                .update();
        return jdbc.sql("SELECT id FROM campaign_overview WHERE meeting_id = :id ORDER BY id")
                .param("id", meetingId).query(UUID.class).list();
    }

    /**
     * The meeting's start as it stands: a move read before the campaign's opening is kept, else the
     * opening's own becomes the meeting's. Its row is locked until commit, as a move's update locks
     * it: an opening and a move read at the same moment take turns, and the second sees what the
     * first wrote (the move then finds this campaign's row and moves it too).
     */
    private MeetingTime meetingTime(UUID meetingId, Instant startsAt, String timeZone) {
        knowMeeting(meetingId, startsAt, timeZone);
        return jdbc.sql("SELECT starts_at, time_zone FROM meeting_schedule WHERE meeting_id = :id FOR UPDATE")
                .param("id", meetingId)
                .query((rs, row) -> new MeetingTime(rs.getTimestamp("starts_at").toInstant(), rs.getString("time_zone")))
                .single();
    }

    /** The meeting's row, with this start if it has none yet. */
    private void knowMeeting(UUID meetingId, Instant startsAt, String timeZone) {
        jdbc.sql("""
                        INSERT INTO meeting_schedule (meeting_id, starts_at, time_zone) VALUES (:id, :startsAt, :zone)
                        ON CONFLICT DO NOTHING
                        """)
                .param("id", meetingId).param("startsAt", Timestamp.from(startsAt)).param("zone", timeZone)
                .update();
    }

    private record MeetingTime(Instant startsAt, String timeZone) {
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

    /** A partner was asked to co-sign: it is one of the campaign's partners, its email is on its way. */
    void partnerAsked(UUID campaignId, String partnerId, String organisation, String email, Instant at) {
        ensureRecipient(campaignId, partnerId);
        jdbc.sql("""
                        UPDATE campaign_partner SET is_partner = TRUE, organisation = :organisation, email = :email
                        WHERE campaign_id = :id AND partner_id = :partner
                        """)
                .param("id", campaignId).param("partner", partnerId)
                .param("organisation", organisation).param("email", email)
                .update();
        delivery(campaignId, partnerId, "queued", null, at);
        recountPartners(campaignId);
    }

    /**
     * A partner signed or declined; the latest answer by its time stands.
     *
     * @param country the organisation's country as its signatory gave it; null keeps the one known
     */
    void partnerAnswered(UUID campaignId, String partnerId, String organisation, String country, String answer,
                         Instant at) {
        ensureRecipient(campaignId, partnerId);
        jdbc.sql("""
                        UPDATE campaign_partner SET is_partner = TRUE, organisation = COALESCE(organisation, :organisation),
                                                    country = COALESCE(:country, country)
                        WHERE campaign_id = :id AND partner_id = :partner
                        """)
                .param("id", campaignId).param("partner", partnerId).param("organisation", organisation)
                .param("country", country == null ? null : truncate(country, 200))
                .update();
        jdbc.sql("""
                        UPDATE campaign_partner SET answer = :answer, answered_at = :at
                        WHERE campaign_id = :id AND partner_id = :partner AND (answered_at IS NULL OR answered_at <= :at)
                        """)
                .param("id", campaignId).param("partner", partnerId).param("answer", answer)
                .param("at", Timestamp.from(at))
                .update();
        recountPartners(campaignId);
    }

    /**
     * What became of the latest email to a recipient, by the time it happened. Only partners are
     * shown with it; other recipients (the target of the final letter) are kept but not listed.
     */
    void delivered(UUID campaignId, String recipientId, String delivery, String problem, Instant at) {
        ensureRecipient(campaignId, recipientId);
        delivery(campaignId, recipientId, delivery, problem, at);
    }

    void history(UUID eventId, UUID campaignId, String type, Instant at, String summary) {
        jdbc.sql("""
                        INSERT INTO campaign_event (event_id, campaign_id, event_type, occurred_at, summary)
                        VALUES (:eventId, :campaignId, :type, :at, :summary)
                        """)
                .param("eventId", eventId).param("campaignId", campaignId).param("type", type)
                .param("at", Timestamp.from(at)).param("summary", truncate(summary, 1000))
                .update();
    }

    /**
     * The campaigns the filter keeps, soonest meeting first, from the {@code offset}th on, at most
     * {@code limit} of them.
     */
    List<CampaignOverview> overviews(CampaignFilter filter, long offset, long limit) {
        StringBuilder rows = new StringBuilder(ROWS).append(" WHERE 1 = 1");
        if (filter.status() != null) {
            rows.append(" AND c.status = :status");
        }
        if (filter.country() != null) {
            rows.append(" AND c.country = :country");
        }
        rows.append(" ORDER BY c.meeting_at, c.id");
        if (offset > 0) {
            rows.append(" OFFSET :offset ROWS");
        }
        if (limit < Long.MAX_VALUE) {
            rows.append(" FETCH FIRST :limit ROWS ONLY");
        }
        var query = jdbc.sql(OVERVIEW.formatted(rows));
        if (filter.status() != null) {
            query = query.param("status", filter.status());
        }
        if (filter.country() != null) {
            query = query.param("country", filter.country());
        }
        if (offset > 0) {
            query = query.param("offset", offset);
        }
        if (limit < Long.MAX_VALUE) {
            query = query.param("limit", limit);
        }
        return query.query((rs, row) -> overview(rs)).list();
    }

    Optional<CampaignOverview> overview(UUID id) {
        return jdbc.sql(OVERVIEW.formatted(ROWS + " WHERE c.id = :id")).param("id", id)
                .query((rs, row) -> overview(rs)).optional();
    }

    List<CampaignDetail.Deadline> deadlines(UUID campaignId) {
        return jdbc.sql("SELECT kind, due_at, reached FROM campaign_deadline WHERE campaign_id = :id ORDER BY due_at")
                .param("id", campaignId)
                .query((rs, row) -> new CampaignDetail.Deadline(rs.getString("kind"),
                        rs.getTimestamp("due_at").toInstant(), rs.getBoolean("reached") ? "reached" : "scheduled"))
                .list();
    }

    /** The campaign's partners, by organisation. */
    List<CampaignDetail.Partner> partners(UUID campaignId) {
        return jdbc.sql("""
                        SELECT partner_id, organisation, country, email, answer, answered_at, delivery, delivery_problem
                        FROM campaign_partner WHERE campaign_id = :id AND is_partner
                        ORDER BY COALESCE(organisation, partner_id), partner_id
                        """)
                .param("id", campaignId)
                .query((rs, row) -> new CampaignDetail.Partner(rs.getString("partner_id"), rs.getString("organisation"),
                        rs.getString("country"), rs.getString("email"), rs.getString("answer"), instant(rs.getTimestamp("answered_at")),
                        rs.getString("delivery"), rs.getString("delivery_problem")))
                .list();
    }

    List<CampaignDetail.HistoryEntry> history(UUID campaignId, int limit) {
        List<CampaignDetail.HistoryEntry> entries = new ArrayList<>(jdbc.sql("""
                        SELECT event_id, event_type, occurred_at, summary FROM campaign_event
                        WHERE campaign_id = :id ORDER BY occurred_at DESC, event_id FETCH FIRST :limit ROWS ONLY
                        """)
                .param("id", campaignId).param("limit", limit)
                .query((rs, row) -> new CampaignDetail.HistoryEntry(rs.getObject("event_id", UUID.class),
                        rs.getString("event_type"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("summary")))
                .list());
        Collections.reverse(entries);
        return entries;
    }

    private void ensureRecipient(UUID campaignId, String recipientId) {
        jdbc.sql("INSERT INTO campaign_partner (campaign_id, partner_id) VALUES (:id, :partner) ON CONFLICT DO NOTHING")
                .param("id", campaignId).param("partner", recipientId)
                .update();
    }

    private void delivery(UUID campaignId, String recipientId, String delivery, String problem, Instant at) {
        jdbc.sql("""
                        UPDATE campaign_partner SET delivery = :delivery, delivery_problem = :problem, delivery_at = :at
                        WHERE campaign_id = :id AND partner_id = :partner AND (delivery_at IS NULL OR delivery_at <= :at)
                        """)
                .param("id", campaignId).param("partner", recipientId).param("delivery", delivery)
                .param("problem", problem == null ? null : truncate(problem, 1000)).param("at", Timestamp.from(at))
                .update();
    }

    private void recountPartners(UUID campaignId) {
        jdbc.sql(RECOUNT_PARTNERS).param("id", campaignId).update();
    }

    private static CampaignOverview overview(ResultSet rs) throws SQLException {
        int invited = rs.getInt("invited");
        int signed = rs.getInt("signed");
        int declined = rs.getInt("declined");
        Timestamp next = rs.getTimestamp("next_due_at");
        return new CampaignOverview(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("country").strip(),
                rs.getString("target_name"), rs.getTimestamp("meeting_at").toInstant(),
                rs.getString("meeting_zone"), rs.getString("status"),
                next == null ? null : new CampaignOverview.NextDeadline(rs.getString("next_kind"), next.toInstant()),
                new CampaignOverview.SignOn(invited, signed, declined, Math.max(0, invited - signed - declined)),
                new CampaignOverview.Emails(rs.getInt("emails_sent"), rs.getInt("emails_failed"),
                        rs.getInt("emails_bounced")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static String truncate(String text, int length) {
        return text.length() > length ? text.substring(0, length) : text;
    }

    /** The email counters of the overview. */
    enum Counter {
        EMAILS_SENT("emails_sent"), EMAILS_FAILED("emails_failed"), EMAILS_BOUNCED("emails_bounced");

        private final String column;

        Counter(String column) {
            this.column = column;
        }
    }
}
