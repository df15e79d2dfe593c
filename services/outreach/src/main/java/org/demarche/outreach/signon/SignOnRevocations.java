package org.demarche.outreach.signon;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.demarche.events.outreach.SignOnRequested;
import org.demarche.outreach.delivery.OutboundMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A coordinator withdraws a partner's personal links to a campaign: a forwarded link, a seized
 * phone, a mailbox no longer the partner's. Every link to that campaign stops opening the page
 * (410, "withdrawn"), and nothing more is sent to the partner about the campaign. Each revocation
 * is recorded with its reason. An answer already given stands: campaigns decides what to do with it.
 */
@Service
public class SignOnRevocations {

    private static final Logger log = LoggerFactory.getLogger(SignOnRevocations.class);

    private final JdbcClient jdbc;
    private final SignOnInvitations invitations;
    private final OutboundMessages messages;
    private final Clock clock;

    SignOnRevocations(JdbcClient jdbc, SignOnInvitations invitations, OutboundMessages messages, Clock clock) {
        this.jdbc = jdbc;
        this.invitations = invitations;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional
    public Revocation revoke(UUID campaignId, String partnerId, String reason) {
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO sign_on_revocation (id, campaign_id, partner_id, reason, revoked_at)
                        VALUES (:id, :campaign, :partner, :reason, :at)
                        """)
                .param("id", id).param("campaign", campaignId).param("partner", partnerId)
                .param("reason", new SqlParameterValue(Types.VARCHAR, reason)).param("at", Timestamp.from(now))
                .update();
        boolean invited = invitations.markRevoked(campaignId, partnerId, now);
        int withdrawn = messages.cancelAllPending(campaignId, partnerId);
        log.info("Sign-on links of partner {} for campaign {} revoked ({} message(s) withdrawn): {}", partnerId,
                campaignId, withdrawn, reason);
        return new Revocation(id, campaignId, partnerId, reason, now, invited, withdrawn);
    }

    /** Whether a coordinator has withdrawn this partner's links to this campaign, before or after it was invited. */
    boolean isRevoked(UUID campaignId, String partnerId) {
        return jdbc.sql("SELECT COUNT(*) FROM sign_on_revocation WHERE campaign_id = :campaign AND partner_id = :partner")
                .param("campaign", campaignId).param("partner", partnerId)
                .query(Integer.class).single() > 0;
    }

    /**
     * {@link #isRevoked} for a poll's requests at once.
     *
     * @return for each request, in order, whether its partner's links to its campaign were revoked
     */
    boolean[] areRevoked(List<SignOnRequested> requests) {
        Set<String> revoked = new HashSet<>();
        jdbc.sql("SELECT campaign_id, partner_id FROM sign_on_revocation WHERE campaign_id IN (:campaigns)")
                .param("campaigns", requests.stream().map(SignOnRequested::campaignId).distinct().toList())
                .query(rs -> {
                    revoked.add(rs.getObject("campaign_id", UUID.class) + "/" + rs.getString("partner_id"));
                });
        boolean[] answers = new boolean[requests.size()];
        for (int i = 0; i < answers.length; i++) {
            answers[i] = revoked.contains(requests.get(i).campaignId() + "/" + requests.get(i).partnerId());
        }
        return answers;
    }

    /**
     * A recorded revocation.
     *
     * @param invited           whether the partner had been invited yet (a revocation may come first)
     * @param withdrawnMessages messages to the partner that were waiting to go and will not
     */
    public record Revocation(UUID id, UUID campaignId, String partnerId, String reason, Instant revokedAt,
                             boolean invited, int withdrawnMessages) {
    }
}
