package org.demarche.dashboard.campaign;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.demarche.events.DemarcheEvent;
import org.demarche.events.EventEnvelope;
import org.demarche.events.Signatory;
import org.demarche.events.campaign.CampaignOpened;
import org.demarche.events.campaign.DeadlineReached;
import org.demarche.events.campaign.DeadlineScheduled;
import org.demarche.events.response.EmailSent;
import org.demarche.events.response.PartnerSigned;
import org.demarche.testsupport.KafkaEndpoint;
import org.demarche.testsupport.KafkaTestClient;
import org.demarche.testsupport.RealInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;


@SpringBootTest
@AutoConfigureMockMvc
@RealInfrastructure
class CampaignProjectionIT {

    private static final Instant MEETING = Instant.parse("2018-07-20T09:00:00Z");

    @Autowired
    MockMvc http;

    @Autowired
    KafkaEndpoint kafka;

    KafkaTestClient events;

    @BeforeEach
    void connect() {
        events = new KafkaTestClient(kafka);
    }

    @AfterEach
    void disconnect() {
        events.close();
    }

    @Test
    void projectsCampaignEventsIntoTheLeadsOverviewOnceEach() throws Exception {
        UUID campaign = UUID.randomUUID();
        var signed = envelope(new PartnerSigned(campaign, "hrc-baku",
                new Signatory("Rasul Jafarov", "Director", "Human Rights Club", "AZ"), 1,
                Instant.parse("2018-07-12T10:00:00Z"), null), 5);
        events.send(envelope(new CampaignOpened(campaign, UUID.randomUUID(), "macron", "AZ",
                "Macron – Aliyev, Paris", MEETING, "Europe/Paris", "Emmanuel Macron"), 0));
        events.send(envelope(new DeadlineScheduled(campaign, "sign-on-requests", Instant.parse("2018-07-11T09:00:00Z")), 1));
        events.send(envelope(new DeadlineScheduled(campaign, "publication", Instant.parse("2018-07-18T09:00:00Z")), 2));
        events.send(envelope(new DeadlineReached(campaign, "sign-on-requests", Instant.parse("2018-07-11T09:00:00Z"),
                Instant.parse("2018-07-11T09:00:01Z")), 3));
        events.send(envelope(new EmailSent(campaign, "hrc-baku", "sign-on-request", "<m1@demarche>",
                Instant.parse("2018-07-11T09:00:05Z")), 4));
        events.send(signed);
        events.send(signed);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> http.perform(get("/api/campaigns/" + campaign))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.history.length()").value(6)));

        http.perform(get("/api/campaigns/" + campaign))
                .andExpect(jsonPath("$.title").value("Macron – Aliyev, Paris"))
                .andExpect(jsonPath("$.status").value("open"))
                .andExpect(jsonPath("$.targetName").value("Emmanuel Macron"))
                .andExpect(jsonPath("$.nextDeadline.kind").value("publication"))
                .andExpect(jsonPath("$.nextDeadline.dueAt").value("2018-07-18T09:00:00Z"))
                .andExpect(jsonPath("$.signOn.signed").value(1))
                .andExpect(jsonPath("$.emails.sent").value(1))
                .andExpect(jsonPath("$.deadlines[0].kind").value("sign-on-requests"))
                .andExpect(jsonPath("$.deadlines[0].status").value("reached"))
                .andExpect(jsonPath("$.history[0].summary").value("Campaign opened: Macron – Aliyev, Paris"))
                .andExpect(jsonPath("$.history[5].summary").value("Human Rights Club signed"));
        http.perform(get("/api/campaigns"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem(campaign.toString())));
    }

    @Test
    void answersNotFoundForACampaignItHasNotHeardOf() throws Exception {
        http.perform(get("/api/campaigns/" + UUID.randomUUID())).andExpect(status().isNotFound());
    }

    private static <E extends DemarcheEvent> EventEnvelope<E> envelope(E event, int secondsAfterOpening) {
        return EventEnvelope.of(event, "/demarche/campaigns",
                Instant.parse("2018-07-10T08:00:00Z").plusSeconds(secondsAfterOpening), "c-1");
    }
}
