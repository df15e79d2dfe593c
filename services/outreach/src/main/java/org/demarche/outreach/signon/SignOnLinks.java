package org.demarche.outreach.signon;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import org.demarche.outreach.OutreachProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A partner's personal link for one campaign: {@code <public-base-url>/sign/<token>}, the same
 * link however often the partner is asked.
 */
@Component
class SignOnLinks {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final OutreachProperties properties;

    SignOnLinks(JdbcClient jdbc, OutreachProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    String linkFor(UUID campaignId, String partnerId, Instant now) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        jdbc.sql("""
                        INSERT INTO sign_on_invitation (token, campaign_id, partner_id, created_at)
                        VALUES (:token, :campaign, :partner, :now)
                        ON CONFLICT DO NOTHING
                        """)
                .param("token", Base64.getUrlEncoder().withoutPadding().encodeToString(secret))
                .param("campaign", campaignId).param("partner", partnerId).param("now", Timestamp.from(now))
                .update();
        String token = jdbc.sql("SELECT token FROM sign_on_invitation WHERE campaign_id = :campaign AND partner_id = :partner")
                .param("campaign", campaignId).param("partner", partnerId)
                .query(String.class).single();
        return properties.publicBaseUrl() + "/sign/" + token;
    }
}
