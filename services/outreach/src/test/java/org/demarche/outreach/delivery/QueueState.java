package org.demarche.outreach.delivery;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.demarche.testsupport.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The outbound queue of one campaign as the database holds it, read from outside the outreach
 * process: what a stopped or killed outreach left behind, and what a restarted one made of it.
 */
final class QueueState {

    private final JdbcClient jdbc;
    private final UUID campaignId;

    QueueState(TestDatabase database, UUID campaignId) {
        this.jdbc = JdbcClient.create(new DriverManagerDataSource(database.jdbcUrl(), database.username(),
                database.password()));
        this.campaignId = campaignId;
    }

    /** How many messages the campaign has in the queue, whatever their state. */
    int queued() {
        return jdbc.sql("SELECT COUNT(*) FROM outbound_message WHERE campaign_id = :campaign")
                .param("campaign", campaignId).query(Integer.class).single();
    }

    /** How many messages are in each state ({@code pending}, {@code sending}, {@code sent}, ...). */
    Map<String, Integer> byStatus() {
        Map<String, Integer> counts = new TreeMap<>();
        jdbc.sql("SELECT status, COUNT(*) AS n FROM outbound_message WHERE campaign_id = :campaign GROUP BY status")
                .param("campaign", campaignId)
                .query(rs -> {
                    counts.put(rs.getString("status"), rs.getInt("n"));
                });
        return counts;
    }

    /** The recipients of the messages in this state. */
    Set<String> recipients(String status) {
        return jdbc.sql("SELECT recipient FROM outbound_message WHERE campaign_id = :campaign AND status = :status")
                .param("campaign", campaignId).param("status", status)
                .query(String.class).list().stream().collect(Collectors.toSet());
    }

    /**
     * Lets every claim run out now, as waiting for the claim timeout would: the test, not the
     * clock, decides when a dead sender's claims have lapsed.
     */
    int lapseClaims(Instant now) {
        return jdbc.sql("""
                        UPDATE outbound_message SET claimed_until = :now
                        WHERE campaign_id = :campaign AND status = 'sending' AND claimed_until > :now
                        """)
                .param("campaign", campaignId).param("now", Timestamp.from(now)).update();
    }
}
