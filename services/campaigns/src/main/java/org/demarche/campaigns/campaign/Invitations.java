package org.demarche.campaigns.campaign;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.demarche.events.Signatory;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Partners asked to co-sign and their answers. A signature belongs to the draft version signed; it
 * stands for the current draft while the ask and the people named are those of the version signed.
 */
@Repository
public class Invitations {

    /**
     * Letter order: lead partners first, then everyone by the time they signed; the partner's id
     * settles a tie, so the order never depends on the order answers arrived.
     */
    static final Comparator<Invitation> LETTER_ORDER = Comparator.comparing((Invitation i) -> !i.lead())
            .thenComparing(Invitation::answeredAt)
            .thenComparing(Invitation::partnerId);

    private final JdbcClient jdbc;

    Invitations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return whether the partner was not yet invited */
    boolean invite(UUID campaignId, String partnerId, int draftVersion, Instant at) {
        return jdbc.sql("""
                        INSERT INTO invitation (campaign_id, partner_id, status, invited_at, requested_version)
                        VALUES (:campaign, :partner, 'invited', :at, :version)
                        ON CONFLICT DO NOTHING
                        """)
                .param("campaign", campaignId).param("partner", partnerId).param("at", Timestamp.from(at))
                .param("version", draftVersion)
                .update() == 1;
    }

    /** The partner was asked to sign (or confirm) this version. */
    void requested(UUID campaignId, String partnerId, int draftVersion) {
        jdbc.sql("UPDATE invitation SET requested_version = :version WHERE campaign_id = :campaign AND partner_id = :partner")
                .param("campaign", campaignId).param("partner", partnerId).param("version", draftVersion)
                .update();
    }

    /**
     * @param image        the signature image redrawn as a PNG, or null
     * @param imageRefusal why the image given was left out, or null
     */
    void signed(UUID campaignId, String partnerId, Signatory signatory, byte[] image, String imageRefusal,
                boolean anonymous, int version, Instant at) {
        jdbc.sql("""
                        UPDATE invitation SET status = 'signed', answered_at = :at, signatory_name = :name,
                               signatory_title = :title, signatory_organisation = :organisation,
                               signatory_country = :country, signature_image = :image, signed_version = :version,
                               signature_refusal = :refusal, anonymous = :anonymous
                        WHERE campaign_id = :campaign AND partner_id = :partner
                        """)
                .param("campaign", campaignId).param("partner", partnerId).param("at", Timestamp.from(at))
                .param("name", signatory.name()).param("title", new SqlParameterValue(Types.VARCHAR, signatory.title()))
                .param("organisation", signatory.organisation())
                .param("country", new SqlParameterValue(Types.VARCHAR, signatory.country()))
                .param("image", new SqlParameterValue(Types.VARBINARY, image)).param("version", version)
                .param("refusal", new SqlParameterValue(Types.VARCHAR, imageRefusal)).param("anonymous", anonymous)
                .update();
    }

    void declined(UUID campaignId, String partnerId, Instant at) {
        jdbc.sql("""
                        UPDATE invitation SET status = 'declined', answered_at = :at, signatory_name = NULL,
                               signatory_title = NULL, signatory_organisation = NULL, signatory_country = NULL,
                               signature_image = NULL, signed_version = NULL, signature_refusal = NULL,
                               anonymous = FALSE
                        WHERE campaign_id = :campaign AND partner_id = :partner
                        """)
                .param("campaign", campaignId).param("partner", partnerId).param("at", Timestamp.from(at))
                .update();
    }

    /** Everyone invited, with whether their signature stands for the campaign's current draft. */
    public List<Invitation> of(UUID campaignId) {
        return jdbc.sql("""
                        SELECT i.*, COALESCE(p.lead, FALSE) AS partner_lead, c.draft_version AS current_version,
                               signed.substance AS signed_substance, current_version.substance AS current_substance
                        FROM invitation i
                        JOIN campaign c ON c.id = i.campaign_id
                        LEFT JOIN partner p ON p.id = i.partner_id
                        LEFT JOIN draft_version signed
                               ON signed.campaign_id = i.campaign_id AND signed.version = i.signed_version
                        LEFT JOIN draft_version current_version
                               ON current_version.campaign_id = i.campaign_id AND current_version.version = c.draft_version
                        WHERE i.campaign_id = :campaign ORDER BY i.invited_at, i.partner_id
                        """)
                .param("campaign", campaignId)
                .query((rs, row) -> invitation(rs))
                .list();
    }

    /**
     * Those whose signature stands for the current draft, in letter order, named or not: everyone
     * the published letter goes to as a signatory.
     */
    List<Invitation> signers(UUID campaignId) {
        return of(campaignId).stream().filter(Invitation::confirmed).sorted(LETTER_ORDER).toList();
    }

    /** The named signers, as the letter prints them and the API and events list them. */
    public List<Invitation> signatories(UUID campaignId) {
        return signers(campaignId).stream().filter(i -> !i.anonymous()).toList();
    }

    /** Not answered, or signed an earlier version and not yet confirmed the current one: both are reminded. */
    List<Invitation> pending(UUID campaignId) {
        return of(campaignId).stream()
                .filter(i -> Invitation.INVITED.equals(i.status()) || i.awaitingConfirmation()).toList();
    }

    private static Invitation invitation(ResultSet rs) throws SQLException {
        Timestamp answered = rs.getTimestamp("answered_at");
        String name = rs.getString("signatory_name");
        String country = rs.getString("signatory_country");
        Signatory signatory = name == null ? null : new Signatory(name, rs.getString("signatory_title"),
                rs.getString("signatory_organisation"), country == null ? null : country.strip());
        String status = rs.getString("status");
        Integer signedVersion = rs.getObject("signed_version", Integer.class);
        return new Invitation(rs.getString("partner_id"), status,
                answered == null ? null : answered.toInstant(), signatory, rs.getBytes("signature_image"),
                rs.getBoolean("partner_lead"), signedVersion, rs.getObject("requested_version", Integer.class),
                Invitation.SIGNED.equals(status) && stands(signedVersion, rs.getInt("current_version"),
                        rs.getString("signed_substance"), rs.getString("current_substance")),
                rs.getString("signature_refusal"), rs.getBoolean("anonymous"));
    }

    /**
     * A signature stands if it is of the current version, or of one with the same substance. A
     * campaign opened before versions were kept has no substance to compare: only its own version
     * number counts then.
     */
    static boolean stands(Integer signedVersion, int currentVersion, String signedSubstance, String currentSubstance) {
        if (signedVersion == null) {
            return false;
        }
        return signedVersion == currentVersion
                || (signedSubstance != null && Objects.equals(signedSubstance, currentSubstance));
    }
}
