package org.demarche.outreach.signon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.demarche.events.outreach.SignOnRequested;
import org.demarche.outreach.TestClockConfiguration;
import org.demarche.outreach.delivery.MessageKey;
import org.demarche.outreach.delivery.OptOuts;
import org.demarche.outreach.delivery.OutboundMessages;
import org.demarche.testsupport.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A poll's run of sign-on requests, handled together, decides for each partner what handling the
 * requests one by one decides: on PostgreSQL, with revoked links, an opt-out, a partner already
 * asked about a later draft and a request that came after its deadline among them.
 */
@SpringBootTest(properties = "demarche.outreach.delivery.connections=1")
@RealInfrastructure
@Import(TestClockConfiguration.class)
class SignOnRequestRunIT {

    private static final Instant DEADLINE = TestClockConfiguration.START.plusSeconds(6 * 86_400);

    @Autowired
    SignOnRequestHandler handler;

    @Autowired
    SignOnRevocations revocations;

    @Autowired
    OptOuts optOuts;

    @Autowired
    OutboundMessages messages;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aRunQueuesWhatOneByOneWouldQueue() {
        UUID together = UUID.randomUUID();
        UUID alone = UUID.randomUUID();
        for (UUID campaign : List.of(together, alone)) {
            transactions.executeWithoutResult(status -> {
                revocations.revoke(campaign, "revoked", "the link was forwarded");
                optOuts.record("opted-out@x.org", "AZ", campaign, "opted-out", TestClockConfiguration.START);
                handler.handle(request(campaign, "moved-on", 2, DEADLINE));
            });
        }

        transactions.executeWithoutResult(status -> handler.handleAll(run(together)));
        transactions.executeWithoutResult(status -> run(alone).forEach(handler::handle));

        for (UUID campaign : List.of(together, alone)) {
            assertThat(List.of("asked", "also-asked", "revoked", "opted-out", "moved-on", "too-late"))
                    .as("partners with a first-draft request queued, campaign %s", campaign)
                    .filteredOn(partner -> messages.exists(MessageKey.signOnRequest(campaign, partner, 1)))
                    .containsExactly("asked", "also-asked");
            assertThat(messages.exists(MessageKey.signOnRequest(campaign, "moved-on", 2))).isTrue();
        }
    }

    private static List<SignOnRequested> run(UUID campaign) {
        return List.of(request(campaign, "asked", 1, DEADLINE), request(campaign, "revoked", 1, DEADLINE),
                request(campaign, "opted-out", 1, DEADLINE), request(campaign, "moved-on", 1, DEADLINE),
                request(campaign, "too-late", 1, TestClockConfiguration.START.minusSeconds(60)),
                request(campaign, "also-asked", 1, DEADLINE));
    }

    private static SignOnRequested request(UUID campaign, String partner, int draftVersion, Instant deadline) {
        return new SignOnRequested(campaign, partner, "Organisation " + partner, "Contact " + partner,
                partner + "@x.org", "en", "Asia/Baku", "Open letter", draftVersion, "Draft " + draftVersion, deadline,
                DEADLINE.plusSeconds(3 * 86_400), "Europe/Paris", null, "AZ");
    }
}
