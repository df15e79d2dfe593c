package org.demarche.outreach.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.demarche.outreach.OutreachMigrations;
import org.demarche.outreach.Wording;
import org.demarche.platform.tracing.TraceContexts;
import org.demarche.testsupport.RealInfrastructure;
import org.demarche.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The queue's order on PostgreSQL: a campaign's messages queued together take turns with the
 * messages of campaigns queued just after it, so that a large campaign does not keep every other
 * campaign's partners waiting for their first email.
 */
@RealInfrastructure
class CampaignTurnsIT {

    private static final Instant NOW = Instant.parse("2018-07-11T09:00:00Z");
    private static final MailContent CONTENT = new MailContent("Subject", "text", "<p>html</p>");

    private final UUID large = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private final UUID small = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private DataSource database;
    private TransactionTemplate transactions;

    @BeforeEach
    void migrate(TestDatabase testDatabase) {
        database = OutreachMigrations.appliedTo(new DriverManagerDataSource(testDatabase.jdbcUrl(),
                testDatabase.username(), testDatabase.password()));
        transactions = new TransactionTemplate(new JdbcTransactionManager(database));
        JdbcClient.create(database).sql("DELETE FROM outbound_message").update();
    }

    @Test
    void theFirstEmailOfACampaignQueuedLaterGoesBeforeTheRestOfALargeOne() {
        OutboundMessages queue = queue(Duration.ofSeconds(1));
        queueCampaign(queue, large, 31, NOW);
        queueCampaign(queue, small, 3, NOW.plusMillis(20));

        assertThat(claimed(queue, 6)).containsExactly("a-0", "b-0", "a-1", "b-1", "a-2", "b-2");
        assertThat(claimed(queue, 3)).as("then the large one's rest, in its own order").containsExactly("a-3", "a-4", "a-5");
    }

    @Test
    void withoutInterleaveTheQueueIsFirstComeFirstServed() {
        OutboundMessages queue = queue(Duration.ZERO);
        queueCampaign(queue, large, 31, NOW);
        queueCampaign(queue, small, 3, NOW.plusMillis(20));

        assertThat(claimed(queue, 31)).allMatch(partner -> partner.startsWith("a-"));
        assertThat(claimed(queue, 3)).as("ties broken by id, as before").containsExactlyInAnyOrder("b-0", "b-1", "b-2");
    }

    @Test
    void aMessageQueuedOnItsOwnKeepsItsPlaceBehindThoseQueuedBeforeIt() {
        OutboundMessages queue = queue(Duration.ofSeconds(1));
        queueCampaign(queue, large, 3, NOW);
        // a reminder, queued outside a batch a moment later
        queue.enqueue(OutgoingMail.to(MessageKey.reminder(small, "b-0", 1), 1, "b-0@x.org", CONTENT),
                NOW.plusSeconds(1).plusMillis(500));

        assertThat(claimed(queue, 4)).containsExactly("a-0", "a-1", "b-0", "a-2");
    }

    private OutboundMessages queue(Duration interleave) {
        var ids = new MessageIds(Wording.properties("none", "a-secret-of-thirty-two-bytes-at-least!"));
        return new OutboundMessages(JdbcClient.create(database), new NamedParameterJdbcTemplate(database), ids,
                TraceContexts.none(), new DeliverySignal(), interleave);
    }

    private void queueCampaign(OutboundMessages queue, UUID campaign, int partners, Instant at) {
        String prefix = campaign.equals(large) ? "a-" : "b-";
        transactions.executeWithoutResult(status -> IntStream.range(0, partners).forEach(partner -> queue.enqueue(
                OutgoingMail.to(MessageKey.signOnRequest(campaign, prefix + partner, 1), 1,
                        prefix + partner + "@x.org", CONTENT), at)));
    }

    private List<String> claimed(OutboundMessages queue, int limit) {
        return transactions.execute(status -> queue.claimDue(NOW.plusSeconds(60), limit, NOW.plusSeconds(120)))
                .stream().map(OutboundMessage::partnerId).toList();
    }
}
