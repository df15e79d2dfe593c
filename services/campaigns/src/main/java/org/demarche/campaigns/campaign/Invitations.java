package org.demarche.campaigns.campaign;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.demarche.events.Signatory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Partners asked to co-sign and their answers. */
@Repository
public class Invitations {

    /** Letter order: lead partners first, then everyone by the time they signed. */
    static final Comparator<Invitation> LETTER_ORDER = Comparator.comparing((Invitation i) -> !i.lead())
            .thenComparing(Invitation::answeredAt);

    private final JdbcClient jdbc;

    Invitations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return whether the partner was not yet invited */
    boolean invite(UUID campaignId, String partnerId, Instant at) {
        return jdbc.sql("""
                        INSERT INTO invitation (campaign_id, partner_id, status, invited_at)
                        VALUES (:campaign, :partner, 'invited', :at)
                        ON CONFLICT DO NOTHING
                        """)
                .param("campaign", campaignId).param("partner", partnerId).param("at", Timestamp.from(at))
                .update() == 1;
    }

    void signed(UUID campaignId, String partnerId, Signatory signatory, byte[] image, int version, Instant at) {
        jdbc.sql("""
                        UPDATE invitation SET status = 'signed', answered_at = :at, signatory_name = :name,
                               signatory_title = :title, signatory_organisation = :organisation,
                               signatory_country = :country, signature_image = :image, signed_version = :version
                        WHERE campaign_id = :campaign AND partner_id = :partner
                        """)
                .param("campaign", campaignId).param("partner", partnerId).param("at", Timestamp.from(at))
                .param("name", signatory.name()).param("title", signatory.title())
                .param("organisation", signatory.organisation()).param("country", signatory.country())
                .param("image", image).param("version", version)
                .update();
    }

    void declined(UUID campaignId, String partnerId, Instant at) {
        jdbc.sql("""
                        UPDATE invitation SET status = 'declined', answered_at = :at, signatory_name = NULL,
                               signatory_title = NULL, signatory_organisation = NULL, signatory_country = NULL,
                               signature_image = NULL, signed_version = NULL
                        WHERE campaign_id = :campaign AND partner_id = :partner
                        """)
                .param("campaign", campaignId).param("partner", partnerId).param("at", Timestamp.from(at))
                .update();
    }

    public List<Invitation> of(UUID campaignId) {
        return jdbc.sql("""
                        SELECT i.*, COALESCE(p.lead, FALSE) AS lead FROM invitation i
                        LEFT JOIN partner p ON p.id = i.partner_id
                        WHERE i.campaign_id = :campaign ORDER BY i.invited_at, i.partner_id
                        """)
                .param("campaign", campaignId)
                .query((rs, row) -> invitation(rs))
                .list();
    }

    /** Those who signed, in the order they appear in the letter. */
    public List<Invitation> signatories(UUID campaignId) {
        return of(campaignId).stream().filter(i -> Invitation.SIGNED.equals(i.status())).sorted(LETTER_ORDER).toList();
    }

    List<Invitation> unanswered(UUID campaignId) {
        return of(campaignId).stream().filter(i -> Invitation.INVITED.equals(i.status())).toList();
    }

    private static Invitation invitation(ResultSet rs) throws SQLException {
        Timestamp answered = rs.getTimestamp("answered_at");
        String name = rs.getString("signatory_name");
        String country = rs.getString("signatory_country");
        Signatory signatory = name == null ? null : new Signatory(name, rs.getString("signatory_title"),
                rs.getString("signatory_organisation"), country == null ? null : country.strip());
        return new Invitation(rs.getString("partner_id"), rs.getString("status"),
                answered == null ? null : answered.toInstant(), signatory, rs.getBytes("signature_image"),
                rs.getBoolean("lead"));
    }
}
