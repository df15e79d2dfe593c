package org.demarche.outreach.signon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.demarche.events.DemarcheEvent;
import org.demarche.events.EventEnvelope;
import org.demarche.events.campaign.DeadlineScheduled;
import org.demarche.events.outreach.PartnerLinkRevoked;
import org.demarche.events.outreach.SignOnRequested;
import org.demarche.outreach.TestClockConfiguration;
import org.demarche.testsupport.KafkaTestClient;
import org.demarche.testsupport.MutableClock;
import org.demarche.testsupport.RealInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What campaigns changes about a partner's links through events, not HTTP: a coordinator's
 * revocation (PartnerLinkRevoked) and an extended sign-on close (DeadlineScheduled of
 * {@code sign-on-closes}), each applied once.
 */
@SpringBootTest(properties = "demarche.outreach.dispatch-interval=100ms")
@AutoConfigureMockMvc
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
@RealInfrastructure
@Import(TestClockConfiguration.class)
class CampaignSignOnChangesIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    KafkaTestClient events;

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    SignOnTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        clock.set(TestClockConfiguration.START);
    }

    @Test
    void aPartnerLinkRevokedByCampaignsMakesThePartnersLinkAnswer410OnceAndForAll() throws Exception {
        UUID campaignId = UUID.randomUUID();
        SignOnRequested request = SignOnSamples.humanRightsClub(campaignId);
        String token = invite(request);
        var revoked = envelope(new PartnerLinkRevoked(campaignId, request.partnerId(), "the contact's phone was seized"));

        events.send(revoked);
        events.send(revoked);

        await().atMost(WAIT).untilAsserted(() -> mvc.perform(get("/api/sign-on/{token}", token))
                .andExpect(status().isGone())
                .andExpect(jsonPath("$.title").value("Sign-on link withdrawn")));
        mvc.perform(get("/sign/{token}", token)).andExpect(status().isGone());
        // a later event of the same partition shows that the redelivered one was seen and skipped
        events.send(envelope(new PartnerLinkRevoked(campaignId, "marker", "marker")));
        await().atMost(WAIT).until(() -> revocations(campaignId, "marker") == 1);
        assertThat(revocations(campaignId, request.partnerId())).as("the redelivered event changed nothing")
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT reason FROM sign_on_revocation WHERE campaign_id = :c AND partner_id = :p")
                .param("c", campaignId).param("p", request.partnerId()).query(String.class).single())
                .isEqualTo("the contact's phone was seized");
    }

    @Test
    void anExtendedSignOnCloseKeepsTheLinksAlreadySentOpenUntilTheNewClose() throws Exception {
        UUID campaignId = UUID.randomUUID();
        SignOnRequested request = SignOnSamples.humanRightsClub(campaignId);
        String token = invite(request);
        Instant extended = SignOnSamples.DEADLINE.plus(Duration.ofDays(1));

        events.send(envelope(new DeadlineScheduled(campaignId, "sign-on-closes", extended)));

        await().atMost(WAIT).untilAsserted(() -> mvc.perform(get("/api/sign-on/{token}", token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deadline").value(extended.toString())));
        clock.set(SignOnSamples.DEADLINE.plus(Duration.ofHours(1)));
        mvc.perform(get("/api/sign-on/{token}", token)).andExpect(status().isOk());
        mvc.perform(get("/sign/{token}", token)).andExpect(status().isOk());

        clock.set(extended);
        mvc.perform(get("/api/sign-on/{token}", token)).andExpect(status().isGone())
                .andExpect(jsonPath("$.detail").value("Signing has closed for this letter: its deadline has passed."));
    }

    /** The partner's invitation, once outreach has it, and the link its email carries. */
    private String invite(SignOnRequested request) {
        events.send(envelope(request));
        String token = tokens.issue(request.campaignId(), request.partnerId(), request.signOnDeadline());
        await().atMost(WAIT).untilAsserted(() -> mvc.perform(get("/api/sign-on/{token}", token))
                .andExpect(status().isOk()));
        return token;
    }

    private int revocations(UUID campaignId, String partnerId) {
        return jdbc.sql("SELECT COUNT(*) FROM sign_on_revocation WHERE campaign_id = :c AND partner_id = :p")
                .param("c", campaignId).param("p", partnerId).query(Integer.class).single();
    }

    private <E extends DemarcheEvent> EventEnvelope<E> envelope(E event) {
        return EventEnvelope.of(event, "/test", clock.instant(), null);
    }
}
