package org.demarche.outreach.delivery;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Addresses that asked for no more email. An opt-out covers a country of concern when the campaign
 * named one (SignOnRequested's {@code country}): the partner hears nothing more about that country,
 * in this campaign or any later one. When it named none, the opt-out covers that campaign only,
 * the narrowest reading of what the partner asked for.
 */
@Repository
public class OptOuts {

    private final JdbcClient jdbc;

    OptOuts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What an opt-out from a campaign covers: its country, or the campaign itself when the country is unknown. */
    static String scopeOf(String country, UUID campaignId) {
        return country != null ? country : campaignScope(campaignId);
    }

    private static String campaignScope(UUID campaignId) {
        return "campaign:" + campaignId;
    }

    /** @return whether the opt-out is new */
    public boolean record(String email, String country, UUID campaignId, String partnerId, Instant at) {
        return jdbc.sql("""
                        INSERT INTO partner_opt_out (email, scope, campaign_id, partner_id, opted_out_at)
                        VALUES (:email, :scope, :campaign, :partner, :at)
                        ON CONFLICT DO NOTHING
                        """)
                .param("email", normalised(email)).param("scope", scopeOf(country, campaignId))
                .param("campaign", campaignId).param("partner", new SqlParameterValue(Types.VARCHAR, partnerId))
                .param("at", Timestamp.from(at))
                .update() == 1;
    }

    /** Whether {@code email} opted out of mail about this campaign: its country, or the campaign itself. */
    public boolean covers(String email, String country, UUID campaignId) {
        return coverEach(List.of(new Recipient(email, country, campaignId)))[0];
    }

    /**
     * {@link #covers} for many recipients at once (a poll's sign-on requests), in one query.
     *
     * @return for each recipient, in order, whether the address opted out of mail about its campaign
     */
    public boolean[] coverEach(List<Recipient> recipients) {
        Map<String, Set<String>> scopesByEmail = new HashMap<>();
        jdbc.sql("SELECT email, scope FROM partner_opt_out WHERE email IN (:emails)")
                .param("emails", recipients.stream().map(recipient -> normalised(recipient.email())).distinct().toList())
                .query(rs -> {
                    scopesByEmail.computeIfAbsent(rs.getString("email"), email -> new HashSet<>()).add(rs.getString("scope"));
                });
        boolean[] covered = new boolean[recipients.size()];
        for (int i = 0; i < covered.length; i++) {
            Recipient recipient = recipients.get(i);
            Set<String> scopes = scopesByEmail.getOrDefault(normalised(recipient.email()), Set.of());
            covered[i] = scopes.contains(campaignScope(recipient.campaignId()))
                    || (recipient.country() != null && scopes.contains(recipient.country()));
        }
        return covered;
    }

    /**
     * An address mail is about to go to, about a campaign.
     *
     * @param country the campaign's country of concern; null when it named none
     */
    public record Recipient(String email, String country, UUID campaignId) {
    }

    private static String normalised(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
