package org.demarche.dashboard.campaign;

import static org.awaitility.Awaitility.await;
import static org.demarche.dashboard.campaign.CampaignEvents.at;
import static org.demarche.dashboard.campaign.CampaignEvents.secondsAfterOpening;
import static org.demarche.dashboard.campaign.CampaignEvents.signOnRequested;
import static org.demarche.dashboard.campaign.CampaignEvents.signed;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.demarche.events.DemarcheEvent;
import org.demarche.events.EventEnvelope;
import org.demarche.events.Participant;
import org.demarche.events.Signatory;
import org.demarche.events.meeting.MeetingRescheduled;
import org.demarche.events.campaign.CampaignOpened;
import org.demarche.events.campaign.DeadlineReached;
import org.demarche.events.campaign.DeadlineScheduled;
import org.demarche.events.response.EmailFailed;
import org.demarche.events.response.EmailSent;
import org.demarche.events.response.PartnerDeclined;
import org.demarche.events.response.PartnerSigned;
import org.demarche.testsupport.KafkaTestClient;
import org.demarche.testsupport.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;


@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
@RealInfrastructure
class CampaignProjectionIT {

    private static final Instant MEETING = Instant.parse("2018-07-20T09:00:00Z");

    @Autowired
    MockMvc http;

    @Autowired
    KafkaTestClient events;

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
                .andExpect(jsonPath("$.status").value("signing"))
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
    void showsEachPartnersAnswerAndTheFateOfItsEmail() throws Exception {
        UUID campaign = UUID.randomUUID();
        events.send(at(0, CampaignEvents.opened(campaign)));
        events.send(at(10, signOnRequested(campaign, "hrc-baku", "Human Rights Club")));
        events.send(at(11, signOnRequested(campaign, "iphr", "International Partnership for Human Rights")));
        events.send(at(12, signOnRequested(campaign, "fld", "Front Line Defenders")));
        events.send(at(20, new EmailSent(campaign, "hrc-baku", "sign-on-request", "<m1@demarche>", secondsAfterOpening(20))));
        events.send(at(21, new EmailSent(campaign, "iphr", "sign-on-request", "<m2@demarche>", secondsAfterOpening(21))));
        events.send(at(22, new EmailFailed(campaign, "fld", "sign-on-request", "550 5.1.1 mailbox unavailable", true,
                secondsAfterOpening(22))));
        events.send(at(30, signed(campaign, "hrc-baku", "Human Rights Club", secondsAfterOpening(30))));
        events.send(at(40, new PartnerDeclined(campaign, "iphr", secondsAfterOpening(40), "not our mandate")));
        events.send(at(50, new EmailSent(campaign, "elysee@example.fr", "final-letter", "<m3@demarche>",
                secondsAfterOpening(50))));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> http.perform(get("/api/campaigns/" + campaign))
                .andExpect(jsonPath("$.history.length()").value(10)));

        http.perform(get("/api/campaigns/" + campaign))
                .andExpect(jsonPath("$.signOn.invited").value(3))
                .andExpect(jsonPath("$.signOn.signed").value(1))
                .andExpect(jsonPath("$.signOn.declined").value(1))
                .andExpect(jsonPath("$.signOn.pending").value(1))
                .andExpect(jsonPath("$.emails.sent").value(3))
                .andExpect(jsonPath("$.emails.failed").value(1))
                .andExpect(jsonPath("$.partners.length()").value(3))
                .andExpect(jsonPath("$.partners[0].partnerId").value("fld"))
                .andExpect(jsonPath("$.partners[0].organisation").value("Front Line Defenders"))
                .andExpect(jsonPath("$.partners[0].answer").value("pending"))
                .andExpect(jsonPath("$.partners[0].answeredAt").doesNotExist())
                .andExpect(jsonPath("$.partners[0].delivery").value("failed"))
                .andExpect(jsonPath("$.partners[0].deliveryProblem").value(containsString("550 5.1.1 mailbox unavailable")))
                .andExpect(jsonPath("$.partners[1].partnerId").value("hrc-baku"))
                .andExpect(jsonPath("$.partners[1].answer").value("signed"))
                .andExpect(jsonPath("$.partners[1].answeredAt").value("2018-07-10T08:00:30Z"))
                .andExpect(jsonPath("$.partners[1].delivery").value("sent"))
                .andExpect(jsonPath("$.partners[1].deliveryProblem").doesNotExist())
                .andExpect(jsonPath("$.partners[2].partnerId").value("iphr"))
                .andExpect(jsonPath("$.partners[2].answer").value("declined"))
                .andExpect(jsonPath("$.partners[2].answeredAt").value("2018-07-10T08:00:40Z"))
                .andExpect(jsonPath("$.partners[2].delivery").value("sent"));
    }

    @Test
    void anEmailResultReadBeforeTheRequestItFollowsStillCounts() throws Exception {
        UUID campaign = UUID.randomUUID();
        events.send(at(0, CampaignEvents.opened(campaign)));
        events.send(at(20, new EmailSent(campaign, "pen", "sign-on-request", "<m1@demarche>", secondsAfterOpening(20))));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> http.perform(get("/api/campaigns/" + campaign))
                .andExpect(jsonPath("$.emails.sent").value(1))
                .andExpect(jsonPath("$.partners.length()").value(0)));

        events.send(at(10, signOnRequested(campaign, "pen", "PEN International")));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> http.perform(get("/api/campaigns/" + campaign))
                .andExpect(jsonPath("$.partners[0].organisation").value("PEN International"))
                .andExpect(jsonPath("$.partners[0].delivery").value("sent"))
                .andExpect(jsonPath("$.signOn.invited").value(1)));
    }

    @Test
    void followsTheMeetingWhenItMoves() throws Exception {
        UUID campaign = UUID.randomUUID();
        CampaignOpened opened = CampaignEvents.opened(campaign);
        events.send(at(0, opened));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> http.perform(get("/api/campaigns/" + campaign))
                .andExpect(status().isOk()));

        events.send(EventEnvelope.of(new MeetingRescheduled(opened.meetingId(), "Macron – Aliyev, Versailles",
                Instant.parse("2018-07-21T13:30:00Z"), "Europe/Paris", "Versailles", List.of(
                        new Participant("Emmanuel Macron", "President of the French Republic", "FR"),
                        new Participant("Ilham Aliyev", "President of the Republic of Azerbaijan", "AZ")),
                MEETING), "/demarche/intake", Instant.parse("2018-07-12T08:00:00Z"), null));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> http.perform(get("/api/campaigns/" + campaign))
                .andExpect(jsonPath("$.meetingStartsAt").value("2018-07-21T13:30:00Z"))
                .andExpect(jsonPath("$.history[1].summary").value(containsString("Meeting moved"))));
    }

    @Test
    void listsTheCampaignsOfAStatusAndCountryAPageAtATimeSoonestMeetingFirst() throws Exception {
        List<UUID> soonestFirst = new ArrayList<>();
        for (int day = 3; day >= 1; day--) { // opened last meeting first: the list orders by meeting
            UUID campaign = UUID.randomUUID();
            soonestFirst.add(0, campaign);
            events.send(envelope(new CampaignOpened(campaign, UUID.randomUUID(), "bettel", "LU", "Meeting " + day,
                    MEETING.plus(Duration.ofDays(day)), "Europe/Luxembourg", null), 0));
        }
        events.send(envelope(new CampaignOpened(UUID.randomUUID(), UUID.randomUUID(), "abela", "MT", "Elsewhere",
                MEETING, "Europe/Malta", null), 0));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> http.perform(get("/api/campaigns?country=LU"))
                .andExpect(jsonPath("$.length()").value(3)));

        http.perform(get("/api/campaigns?status=open&country=lu&size=2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(contains(soonestFirst.get(0).toString(), soonestFirst.get(1).toString())));
        http.perform(get("/api/campaigns?status=open&country=LU&size=2&page=1"))
                .andExpect(jsonPath("$[*].id").value(contains(soonestFirst.get(2).toString())));
        http.perform(get("/api/campaigns?country=LU&size=2&page=2")).andExpect(jsonPath("$.length()").value(0));
        http.perform(get("/api/campaigns?status=signing&country=LU")).andExpect(jsonPath("$.length()").value(0));

        http.perform(get("/api/campaigns?size=0")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        http.perform(get("/api/campaigns?size=1001")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        http.perform(get("/api/campaigns?page=1")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        http.perform(get("/api/campaigns?size=10&page=-1")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
        http.perform(get("/api/campaigns?status=sleeping")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        http.perform(get("/api/campaigns?country=Luxembourg")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("country"));
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
