package org.demarche.outreach.signon;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.demarche.events.Signatory;
import org.demarche.events.outreach.SignOnRequested;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The sign_on_invitation table: one row per campaign and partner. */
@Repository
public class SignOnInvitations {

    private static final String COLUMNS = """
            campaign_id, partner_id, organisation, contact_name, email, language, time_zone, campaign_title,
            draft_version, draft_text, sign_on_deadline, meeting_starts_at, meeting_time_zone, answer, answered_at,
            answered_draft_version, signatory_name, signatory_title, signatory_organisation, signatory_country,
            decline_reason
            """;

    private final JdbcClient jdbc;

    SignOnInvitations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records what a sign-on request says. A request for a later draft version replaces the draft
     * and the details; one for an earlier version than the one known changes nothing. The answer
     * stays as it is.
     *
     * @return whether the request is the current one (not older than what was known)
     */
    boolean recordRequest(SignOnRequested request, Instant now) {
        int inserted = jdbc.sql("""
                        INSERT INTO sign_on_invitation (campaign_id, partner_id, organisation, contact_name, email,
                                language, time_zone, campaign_title, draft_version, draft_text, sign_on_deadline,
                                meeting_starts_at, meeting_time_zone, invited_at, answer)
                        VALUES (:campaign, :partner, :organisation, :contact, :email, :language, :zone, :title,
                                :version, :draft, :deadline, :meeting, :meetingZone, :now, 'pending')
                        ON CONFLICT DO NOTHING
                        """)
                .paramSource(requestParameters(request, now))
                .update();
        if (inserted == 1) {
            return true;
        }
        int updated = jdbc.sql("""
                        UPDATE sign_on_invitation
                        SET organisation = :organisation, contact_name = :contact, email = :email, language = :language,
                            time_zone = :zone, campaign_title = :title, draft_version = :version, draft_text = :draft,
                            sign_on_deadline = :deadline, meeting_starts_at = :meeting, meeting_time_zone = :meetingZone
                        WHERE campaign_id = :campaign AND partner_id = :partner AND draft_version <= :version
                        """)
                .paramSource(requestParameters(request, now))
                .update();
        return updated == 1;
    }

    /** Moves the deadline the page enforces, as the campaign last stated it. */
    public void moveDeadline(UUID campaignId, String partnerId, Instant deadline) {
        jdbc.sql("""
                        UPDATE sign_on_invitation SET sign_on_deadline = :deadline
                        WHERE campaign_id = :campaign AND partner_id = :partner
                        """)
                .param("campaign", campaignId).param("partner", partnerId).param("deadline", Timestamp.from(deadline))
                .update();
    }

    public Optional<SignOnInvitation> find(UUID campaignId, String partnerId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM sign_on_invitation WHERE campaign_id = :campaign AND partner_id = :partner")
                .param("campaign", campaignId).param("partner", partnerId)
                .query(SignOnInvitations::invitation)
                .optional();
    }

    /** The invitation, locked until the transaction ends, so that two answers at once apply one after the other. */
    public Optional<SignOnInvitation> findForAnswer(UUID campaignId, String partnerId) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM sign_on_invitation WHERE campaign_id = :campaign AND partner_id = :partner FOR UPDATE")
                .param("campaign", campaignId).param("partner", partnerId)
                .query(SignOnInvitations::invitation)
                .optional();
    }

    public void recordSigned(UUID campaignId, String partnerId, Signatory signatory, byte[] signatureImage,
                             int draftVersion, Instant at) {
        jdbc.sql("""
                        UPDATE sign_on_invitation
                        SET answer = 'signed', answered_at = :at, answered_draft_version = :version,
                            signatory_name = :name, signatory_title = :title, signatory_organisation = :organisation,
                            signatory_country = :country, signature_image = :image, decline_reason = NULL
                        WHERE campaign_id = :campaign AND partner_id = :partner
                        """)
                .param("campaign", campaignId).param("partner", partnerId)
                .param("at", Timestamp.from(at)).param("version", draftVersion)
                .param("name", signatory.name())
                .param("title", new SqlParameterValue(Types.VARCHAR, signatory.title()))
                .param("organisation", signatory.organisation())
                .param("country", new SqlParameterValue(Types.VARCHAR, signatory.country()))
                .param("image", new SqlParameterValue(Types.VARBINARY, signatureImage))
                .update();
    }

    public void recordDeclined(UUID campaignId, String partnerId, String reason, int draftVersion, Instant at) {
        jdbc.sql("""
                        UPDATE sign_on_invitation
                        SET answer = 'declined', answered_at = :at, answered_draft_version = :version,
                            decline_reason = :reason, signatory_name = NULL, signatory_title = NULL,
                            signatory_organisation = NULL, signatory_country = NULL, signature_image = NULL
                        WHERE campaign_id = :campaign AND partner_id = :partner
                        """)
                .param("campaign", campaignId).param("partner", partnerId)
                .param("at", Timestamp.from(at)).param("version", draftVersion)
                .param("reason", new SqlParameterValue(Types.VARCHAR, reason))
                .update();
    }

    private static MapSqlParameterSource requestParameters(SignOnRequested request, Instant now) {
        return new MapSqlParameterSource()
                .addValue("campaign", request.campaignId())
                .addValue("partner", request.partnerId())
                .addValue("organisation", request.organisation())
                .addValue("contact", request.contactName())
                .addValue("email", request.email())
                .addValue("language", request.language())
                .addValue("zone", request.timeZone())
                .addValue("title", request.campaignTitle())
                .addValue("version", request.draftVersion())
                .addValue("draft", request.draftText())
                .addValue("deadline", Timestamp.from(request.signOnDeadline()))
                .addValue("meeting", Timestamp.from(request.meetingStartsAt()))
                .addValue("meetingZone", request.meetingTimeZone())
                .addValue("now", Timestamp.from(now));
    }

    private static SignOnInvitation invitation(ResultSet rs, int row) throws SQLException {
        String signatoryName = rs.getString("signatory_name");
        Signatory signatory = signatoryName == null ? null : new Signatory(signatoryName, rs.getString("signatory_title"),
                rs.getString("signatory_organisation"), rs.getString("signatory_country"));
        return new SignOnInvitation(rs.getObject("campaign_id", UUID.class), rs.getString("partner_id"),
                rs.getString("organisation"), rs.getString("contact_name"), rs.getString("email"),
                rs.getString("language"), rs.getString("time_zone"), rs.getString("campaign_title"),
                rs.getInt("draft_version"), rs.getString("draft_text"), instant(rs, "sign_on_deadline"),
                instant(rs, "meeting_starts_at"), rs.getString("meeting_time_zone"),
                SignOnStatus.ofWireName(rs.getString("answer")), instant(rs, "answered_at"),
                rs.getObject("answered_draft_version", Integer.class), signatory, rs.getString("decline_reason"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
