package org.demarche.outreach.signon;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.demarche.events.Signatory;
import org.demarche.events.outreach.SignOnRequested;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The sign_on_invitation table: one row per campaign and partner. */
@Repository
public class SignOnInvitations {

    private static final String COLUMNS = """
            campaign_id, partner_id, organisation, contact_name, email, language, time_zone, campaign_title,
            draft_version, draft_text, sign_on_deadline, meeting_starts_at, meeting_time_zone, answer, answered_at,
            answered_draft_version, signatory_name, signatory_title, signatory_organisation, signatory_country,
            decline_reason, country, reply_to, lead_contact_email, anonymous, answer_count, revoked_at, draft_diff
            """;

    private static final String INSERT_REQUEST = """
            INSERT INTO sign_on_invitation (campaign_id, partner_id, organisation, contact_name, email, language,
                    time_zone, campaign_title, draft_version, draft_text, sign_on_deadline, meeting_starts_at,
                    meeting_time_zone, invited_at, answer, country, reply_to, lead_contact_email, draft_diff)
            VALUES (:campaign, :partner, :organisation, :contact, :email, :language, :zone, :title, :version, :draft,
                    :deadline, :meeting, :meetingZone, :now, 'pending', :country, :replyTo, :leadContact, :diff)
            ON CONFLICT DO NOTHING
            """;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batches;

    SignOnInvitations(JdbcClient jdbc, NamedParameterJdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /**
     * Records what a sign-on request says. A request for a later draft version replaces the draft
     * and the details; one for an earlier version than the one known changes nothing. The answer
     * stays as it is.
     *
     * @return whether the request is the current one (not older than what was known)
     */
    boolean recordRequest(SignOnRequested request, Instant now) {
        return jdbc.sql(INSERT_REQUEST).paramSource(requestParameters(request, now)).update() == 1
                || replaceIfNotOlder(request, now);
    }

    /**
     * {@link #recordRequest} for each of a poll's requests, the new invitations written in one
     * batch. Only for requests to different partners: a partner named twice would see the second
     * request decided before the first one's replacement.
     *
     * @return for each request, in order, whether it is the current one
     */
    boolean[] recordRequests(List<SignOnRequested> requests, Instant now) {
        int[] inserted = batches.batchUpdate(INSERT_REQUEST, requests.stream()
                .map(request -> requestParameters(request, now)).toArray(MapSqlParameterSource[]::new));
        boolean[] current = new boolean[requests.size()];
        for (int i = 0; i < current.length; i++) {
            if (inserted[i] < 0) {
                throw new IllegalStateException("the JDBC driver did not say whether each invitation was new");
            }
            current[i] = inserted[i] == 1 || replaceIfNotOlder(requests.get(i), now);
        }
        return current;
    }

    private boolean replaceIfNotOlder(SignOnRequested request, Instant now) {
        return jdbc.sql("""
                        UPDATE sign_on_invitation
                        SET organisation = :organisation, contact_name = :contact, email = :email, language = :language,
                            time_zone = :zone, campaign_title = :title, draft_version = :version, draft_text = :draft,
                            sign_on_deadline = :deadline, meeting_starts_at = :meeting, meeting_time_zone = :meetingZone,
                            country = COALESCE(:country, country), reply_to = COALESCE(:replyTo, reply_to),
                            lead_contact_email = COALESCE(:leadContact, lead_contact_email), draft_diff = :diff
                        WHERE campaign_id = :campaign AND partner_id = :partner AND draft_version <= :version
                        """)
                .paramSource(requestParameters(request, now))
                .update() == 1;
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

    /**
     * Moves the deadline every invitation to the campaign enforces, as the campaign last scheduled
     * its sign-on close.
     *
     * @return the invitations moved
     */
    int moveDeadlines(UUID campaignId, Instant deadline) {
        return jdbc.sql("UPDATE sign_on_invitation SET sign_on_deadline = :deadline WHERE campaign_id = :campaign")
                .param("campaign", campaignId).param("deadline", Timestamp.from(deadline))
                .update();
    }

    public Optional<SignOnInvitation> find(UUID campaignId, String partnerId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM sign_on_invitation WHERE campaign_id = :campaign AND partner_id = :partner")
                .param("campaign", campaignId).param("partner", partnerId)
                .query(SignOnInvitations::invitation)
                .optional();
    }

    /** The invitation a final letter's recipient had, found by address (final letters know no partner id). */
    public Optional<SignOnInvitation> findByEmail(UUID campaignId, String email) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM sign_on_invitation WHERE campaign_id = :campaign AND LOWER(email) = :email
                        ORDER BY partner_id FETCH FIRST 1 ROWS ONLY
                        """)
                .param("campaign", campaignId).param("email", email.toLowerCase(java.util.Locale.ROOT))
                .query(SignOnInvitations::invitation)
                .optional();
    }

    /** The campaign's country of concern, as its requests said it; empty when none did. */
    public Optional<String> countryOf(UUID campaignId) {
        return jdbc.sql("""
                        SELECT country FROM sign_on_invitation WHERE campaign_id = :campaign AND country IS NOT NULL
                        FETCH FIRST 1 ROWS ONLY
                        """)
                .param("campaign", campaignId)
                .query(String.class)
                .optional();
    }

    /** The campaigns about a country that invited someone at this address. */
    public List<UUID> campaignsAbout(String country, String email) {
        return jdbc.sql("""
                        SELECT DISTINCT campaign_id FROM sign_on_invitation WHERE country = :country AND LOWER(email) = :email
                        """)
                .param("country", country).param("email", email.toLowerCase(java.util.Locale.ROOT))
                .query(UUID.class)
                .list();
    }

    /** Marks the partner's links to a campaign as withdrawn. @return whether the partner was invited */
    boolean markRevoked(UUID campaignId, String partnerId, Instant at) {
        return jdbc.sql("""
                        UPDATE sign_on_invitation SET revoked_at = COALESCE(revoked_at, :at)
                        WHERE campaign_id = :campaign AND partner_id = :partner
                        """)
                .param("campaign", campaignId).param("partner", partnerId).param("at", Timestamp.from(at))
                .update() == 1;
    }

    /** The invitation, locked until the transaction ends, so that two answers at once apply one after the other. */
    public Optional<SignOnInvitation> findForAnswer(UUID campaignId, String partnerId) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM sign_on_invitation WHERE campaign_id = :campaign AND partner_id = :partner FOR UPDATE")
                .param("campaign", campaignId).param("partner", partnerId)
                .query(SignOnInvitations::invitation)
                .optional();
    }

    /**
     * Records a signature, unless it is the partner's current answer already (a second tap, or a
     * phone sending the form again after a lost connection): the same signatory, image and
     * anonymity on the same draft version. Answers are counted, announced and confirmed by email,
     * so a repeat must change nothing.
     *
     * @return whether the answer was recorded; false for a repeat
     */
    public boolean recordSigned(UUID campaignId, String partnerId, Signatory signatory, byte[] signatureImage,
                                boolean anonymous, int draftVersion, Instant at) {
        return jdbc.sql("""
                        UPDATE sign_on_invitation
                        SET answer = 'signed', answered_at = :at, answered_draft_version = :version,
                            anonymous = :anonymous, answer_count = answer_count + 1,
                            signatory_name = :name, signatory_title = :title, signatory_organisation = :organisation,
                            signatory_country = :country, signature_image = :image, decline_reason = NULL
                        WHERE campaign_id = :campaign AND partner_id = :partner
                          AND NOT (answer IS NOT DISTINCT FROM 'signed' AND answered_draft_version IS NOT DISTINCT FROM :version
                                   AND anonymous = :anonymous AND signatory_name IS NOT DISTINCT FROM :name
                                   AND signatory_title IS NOT DISTINCT FROM :title
                                   AND signatory_organisation IS NOT DISTINCT FROM :organisation
                                   AND signatory_country IS NOT DISTINCT FROM :country
                                   AND signature_image IS NOT DISTINCT FROM :image)
                        """)
                .param("campaign", campaignId).param("partner", partnerId)
                .param("at", Timestamp.from(at)).param("version", draftVersion)
                .param("name", signatory.name())
                .param("title", new SqlParameterValue(Types.VARCHAR, signatory.title()))
                .param("organisation", signatory.organisation())
                .param("country", new SqlParameterValue(Types.VARCHAR, signatory.country()))
                .param("image", new SqlParameterValue(Types.VARBINARY, signatureImage))
                .param("anonymous", anonymous)
                .update() == 1;
    }

    /**
     * Records a refusal, unless the partner has already declined this draft version for the same
     * reason (see {@link #recordSigned}).
     *
     * @return whether the answer was recorded; false for a repeat
     */
    public boolean recordDeclined(UUID campaignId, String partnerId, String reason, int draftVersion, Instant at) {
        return jdbc.sql("""
                        UPDATE sign_on_invitation
                        SET answer = 'declined', answered_at = :at, answered_draft_version = :version,
                            anonymous = FALSE, answer_count = answer_count + 1, decline_reason = :reason, signatory_name = NULL, signatory_title = NULL,
                            signatory_organisation = NULL, signatory_country = NULL, signature_image = NULL
                        WHERE campaign_id = :campaign AND partner_id = :partner
                          AND NOT (answer IS NOT DISTINCT FROM 'declined' AND answered_draft_version IS NOT DISTINCT FROM :version
                                   AND decline_reason IS NOT DISTINCT FROM :reason)
                        """)
                .param("campaign", campaignId).param("partner", partnerId)
                .param("at", Timestamp.from(at)).param("version", draftVersion)
                .param("reason", new SqlParameterValue(Types.VARCHAR, reason))
                .update() == 1;
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
                .addValue("now", Timestamp.from(now))
                .addValue("country", request.country(), Types.VARCHAR)
                .addValue("replyTo", request.replyTo(), Types.VARCHAR)
                .addValue("leadContact", request.leadContactEmail(), Types.VARCHAR)
                .addValue("diff", request.diff(), Types.VARCHAR);
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
                rs.getObject("answered_draft_version", Integer.class), signatory, rs.getString("decline_reason"),
                rs.getString("country"), rs.getString("reply_to"), rs.getString("lead_contact_email"),
                rs.getBoolean("anonymous"), rs.getInt("answer_count"),
                instant(rs, "revoked_at"), rs.getString("draft_diff"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
