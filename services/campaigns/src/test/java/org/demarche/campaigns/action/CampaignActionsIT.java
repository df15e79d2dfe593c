package org.demarche.campaigns.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.demarche.campaigns.console.ConsolePages.assertAccessible;
import static org.demarche.campaigns.console.ConsolePages.page;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.demarche.campaigns.campaign.Campaigns;
import org.demarche.campaigns.campaign.Deadline;
import org.demarche.campaigns.deadline.DeadlineScheduler;
import org.demarche.campaigns.timeline.DeadlineKind;
import org.demarche.events.DemarcheEvent;
import org.demarche.events.EventEnvelope;
import org.demarche.events.Participant;
import org.demarche.events.Topics;
import org.demarche.events.campaign.CampaignActionTaken;
import org.demarche.events.campaign.CampaignOpened;
import org.demarche.events.campaign.CampaignPaused;
import org.demarche.events.campaign.CampaignResumed;
import org.demarche.events.campaign.DeadlineReached;
import org.demarche.events.campaign.DeadlineScheduled;
import org.demarche.events.campaign.LetterPublished;
import org.demarche.events.meeting.MeetingScheduled;
import org.demarche.events.outreach.PartnerLinkRevoked;
import org.demarche.events.outreach.ReminderRequested;
import org.demarche.events.outreach.SignOnRequested;
import org.demarche.testsupport.KafkaTestClient;
import org.quartz.Scheduler;
import org.demarche.testsupport.RealInfrastructure;
import org.demarche.testsupport.SignedIn;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Coordinators' actions on real campaigns of the reference registry: a meeting an hour ahead,
 * partners asked five seconds after it opens, signing closing half an hour before the meeting and
 * the letter published ten minutes later. Each action goes through the API and is checked on
 * Kafka, in Quartz and in the campaign the API shows, with its audit record; one goes through the
 * campaign page's form instead (the page alone is {@code CampaignPageTest}'s). A test that acts on a
 * campaign before its partners are asked holds Quartz meanwhile: what it checks must not depend on
 * how fast the machine is.
 */
@SpringBootTest(properties = {
        "demarche.demo.enabled=true",
        "demarche.timeline.sign-on-requests=PT59M55S",
        "demarche.timeline.reminder=PT40M",
        "demarche.timeline.sign-on-closes=PT30M",
        "demarche.timeline.publication=PT20M",
        "demarche.timeline.follow-up=PT1H"})
@AutoConfigureMockMvc
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
@RealInfrastructure
class CampaignActionsIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String COORDINATOR = "coordinator";

    @Autowired
    ActionLog actionLog;

    @Autowired
    MockMvc http;

    @Autowired
    Clock clock;

    @Autowired
    Campaigns campaigns;

    @Autowired
    DeadlineScheduler scheduler;

    @Autowired
    KafkaTestClient events;

    @Autowired
    Scheduler quartz;

    @Test
    void extendsSigningAndRemindsThoseWhoHaveNotAnsweredWithTheNewClose() throws Exception {
        UUID campaign = openAndAskPartners();
        Instant closes = due(campaign, DeadlineKind.SIGN_ON_CLOSES);
        Instant until = closes.plus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.SECONDS);
        String untilInParis = until.atZone(ZoneId.of("Europe/Paris")).toOffsetDateTime().toString();

        act(campaign, """
                {"action": "extend-signing", "reason": "two partners asked for more time", "until": "%s"}"""
                .formatted(untilInParis))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.actor").value(COORDINATOR))
                .andExpect(jsonPath("$.action").value("extend-signing"))
                .andExpect(jsonPath("$.detail").value("signing extended to " + untilInParis + " (was "
                        + closes.truncatedTo(ChronoUnit.SECONDS).atZone(ZoneId.of("Europe/Paris")).toOffsetDateTime() + ")"));

        events.awaitEvent(Topics.CAMPAIGNS, DeadlineScheduled.class, d -> d.campaignId().equals(campaign)
                && d.kind().equals("sign-on-closes") && d.dueAt().equals(until), WAIT);
        var audit = events.awaitEvent(Topics.CAMPAIGNS, CampaignActionTaken.class,
                a -> a.campaignId().equals(campaign) && a.action().equals("extend-signing"), WAIT);
        assertThat(audit.key()).isEqualTo(campaign.toString());
        assertThat(audit.payload().actor()).isEqualTo(COORDINATOR);
        assertThat(audit.payload().reason()).isEqualTo("two partners asked for more time");
        assertThat(due(campaign, DeadlineKind.SIGN_ON_CLOSES)).isEqualTo(until);
        assertThat(scheduler.isScheduled(campaign, DeadlineKind.SIGN_ON_CLOSES)).isTrue();

        act(campaign, """
                {"action": "extra-reminder", "reason": "the meeting is near"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("extra reminder 2 asked for 2 partner(s)")));
        for (String partner : List.of("human-rights-club", "iphr")) {
            var reminder = events.awaitEvent(Topics.OUTREACH, ReminderRequested.class,
                    r -> r.campaignId().equals(campaign) && r.partnerId().equals(partner) && r.reminderNumber() == 2,
                    WAIT).payload();
            assertThat(reminder.signOnDeadline()).as("the reminder states the extended close").isEqualTo(until);
        }
        act(campaign, """
                {"action": "extra-reminder", "reason": "still silent"}""")
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("extra reminder 3 ")));
    }

    @Test
    void pauseHoldsTheDeadlinesAndResumeRunsAtOnceTheOneThatFellDueMeanwhile() throws Exception {
        UUID campaign;
        Instant asking;
        quartz.standby(); // the partners are not asked before the pause, however slow the machine
        try {
            campaign = open();
            asking = due(campaign, DeadlineKind.SIGN_ON_REQUESTS);

            act(campaign, """
                    {"action": "pause", "reason": "waiting for the lead partners"}""")
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.detail").value("campaign paused (was open); its deadlines wait until it resumes"));
            events.awaitEvent(Topics.CAMPAIGNS, CampaignPaused.class, p -> p.campaignId().equals(campaign)
                    && p.reason().equals("waiting for the lead partners"), WAIT);
            http.perform(get("/api/campaigns/" + campaign)).andExpect(jsonPath("$.status").value("paused"));
            assertThat(scheduler.isPaused(campaign, DeadlineKind.SIGN_ON_REQUESTS)).isTrue();
            act(campaign, """
                    {"action": "pause", "reason": "again"}""").andExpect(status().isConflict());
        } finally {
            quartz.start();
        }

        await().atMost(WAIT).until(() -> clock.instant().isAfter(asking.plusSeconds(3)));
        assertThat(deadline(campaign, DeadlineKind.SIGN_ON_REQUESTS).status())
                .as("the deadline fell due while paused and waits").isEqualTo(Deadline.SCHEDULED);

        act(campaign, """
                {"action": "resume", "reason": "the lead partners agreed"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.detail").value("campaign resumed as open; deadlines due while paused run now"));
        var resumed = events.awaitEvent(Topics.CAMPAIGNS, CampaignResumed.class,
                r -> r.campaignId().equals(campaign), WAIT).payload();
        assertThat(resumed.status()).isEqualTo("open");
        assertThat(resumed.reason()).isEqualTo("the lead partners agreed");
        events.awaitEvent(Topics.OUTREACH, SignOnRequested.class, r -> r.campaignId().equals(campaign), WAIT);
        await().atMost(WAIT).untilAsserted(() -> http.perform(get("/api/campaigns/" + campaign))
                .andExpect(jsonPath("$.status").value("signing")));
        assertThat(scheduler.isPaused(campaign, DeadlineKind.SIGN_ON_CLOSES)).isFalse();
        for (String action : List.of("pause", "resume")) {
            events.awaitEvent(Topics.CAMPAIGNS, CampaignActionTaken.class,
                    a -> a.campaignId().equals(campaign) && a.action().equals(action), WAIT);
        }
        act(campaign, """
                {"action": "resume", "reason": "again"}""")
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("resume is not possible now: the campaign is not paused (it is signing)"));
    }

    @Test
    void publishNowClosesSigningAndPublishesOnceThenRefusesFurtherActions() throws Exception {
        UUID campaign = openAndAskPartners();

        act(campaign, """
                {"action": "publish-now", "reason": "the meeting was brought forward"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith(
                        "signing closed and letter published now (publication was planned for ")));

        events.awaitEvent(Topics.CAMPAIGNS, DeadlineReached.class,
                d -> d.campaignId().equals(campaign) && d.kind().equals("sign-on-closes"), WAIT);
        events.awaitEvent(Topics.CAMPAIGNS, DeadlineReached.class,
                d -> d.campaignId().equals(campaign) && d.kind().equals("publication"), WAIT);
        events.awaitEvent(Topics.CAMPAIGNS, LetterPublished.class, l -> l.campaignId().equals(campaign), WAIT);
        events.awaitEvent(Topics.CAMPAIGNS, CampaignActionTaken.class,
                a -> a.campaignId().equals(campaign) && a.action().equals("publish-now"), WAIT);
        http.perform(get("/api/campaigns/" + campaign)).andExpect(jsonPath("$.status").value("published"));
        assertThat(campaigns.deadlines(campaign)).extracting(d -> d.kind().wireName() + " " + d.status())
                .containsExactlyInAnyOrder("sign-on-requests reached", "reminder cancelled", "sign-on-closes reached",
                        "publication reached", "follow-up scheduled");
        for (DeadlineKind kind : List.of(DeadlineKind.REMINDER, DeadlineKind.SIGN_ON_CLOSES, DeadlineKind.PUBLICATION)) {
            assertThat(scheduler.isScheduled(campaign, kind)).as("no job left for " + kind.wireName()).isFalse();
        }
        assertThat(scheduler.isScheduled(campaign, DeadlineKind.FOLLOW_UP)).isTrue();

        act(campaign, """
                {"action": "pause", "reason": "too late"}""")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(
                        "pause is not possible now: the campaign is published: nothing more can be done to it by hand"));
        http.perform(put("/api/campaigns/" + campaign + "/draft").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"parts\": {\"ask\": \"Release him.\"}, \"reason\": \"too late\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("its letter is final")));
    }

    /** The campaign page's form acts through the same actions as the person signed in; the rest of the page is {@code CampaignPageTest}'s. */
    @Test
    void pausesThroughThePageFormAsThePersonSignedInAndThePageSaysWhatWasDone() throws Exception {
        UUID campaign = open();

        MvcResult done = http.perform(post("/campaigns/" + campaign + "/actions").with(SignedIn.COORDINATOR).with(csrf())
                        .param("action", "pause").param("reason", "waiting for the lead partners"))
                .andExpect(redirectedUrl("/campaigns/" + campaign))
                .andReturn();

        events.awaitEvent(Topics.CAMPAIGNS, CampaignPaused.class,
                p -> p.campaignId().equals(campaign) && p.reason().equals("waiting for the lead partners"), WAIT);
        var audit = events.awaitEvent(Topics.CAMPAIGNS, CampaignActionTaken.class,
                a -> a.campaignId().equals(campaign) && a.action().equals("pause"), WAIT).payload();
        assertThat(audit.actor()).isEqualTo("amina");
        Document after = page(http.perform(get("/campaigns/" + campaign).with(SignedIn.COORDINATOR)
                .flashAttrs(done.getFlashMap())).andExpect(status().isOk()).andReturn());
        assertAccessible(after);
        assertThat(after.selectFirst("#flash[role=status]").text()).startsWith("Pause: done. campaign paused (was ");
        assertThat(after.select("form.action input[name=action]")).extracting(input -> input.val())
                .as("a paused campaign is offered resume, not pause").contains("resume").doesNotContain("pause");
    }

    @Test
    void revokesAnInvitedPartnersLinkThroughOutreachAndRefusesAPartnerNotInvited() throws Exception {
        UUID campaign = openAndAskPartners();

        act(campaign, """
                {"action": "revoke-link", "reason": "the contact's phone was seized", "partnerId": "iphr"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.detail").value("sign-on links of partner iphr revoked"));

        var revoked = events.awaitEvent(Topics.OUTREACH, PartnerLinkRevoked.class,
                r -> r.campaignId().equals(campaign), WAIT);
        assertThat(revoked.key()).isEqualTo(campaign.toString());
        assertThat(revoked.payload().partnerId()).isEqualTo("iphr");
        assertThat(revoked.payload().reason()).isEqualTo("the contact's phone was seized");
        events.awaitEvent(Topics.CAMPAIGNS, CampaignActionTaken.class,
                a -> a.campaignId().equals(campaign) && a.action().equals("revoke-link"), WAIT);

        act(campaign, """
                {"action": "revoke-link", "reason": "r", "partnerId": "someone-else"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("partnerId"));
    }

    @Test
    void refusesAnUnknownCampaignABadRequestAndCallersWithoutTheRole() throws Exception {
        http.perform(post("/api/campaigns/" + UUID.randomUUID() + "/actions")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"action\": \"pause\", \"reason\": \"r\"}"))
                .andExpect(status().isNotFound());
        quartz.standby(); // still open while it is refused an extra reminder, however slow the machine
        try {
            refusesWhatAnOpenCampaignCannotDo(open());
        } finally {
            quartz.start();
        }
    }

    private void refusesWhatAnOpenCampaignCannotDo(UUID campaign) throws Exception {
        act(campaign, "{\"action\": \"stop\"}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("action", "reason")));
        act(campaign, "{\"action\": \"extend-signing\", \"reason\": \"r\", \"until\": \"2018-07-18T11:00\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("until"));
        act(campaign, "{\"action\": \"extend-signing\", \"reason\": \"r\", \"until\": \"2018-07-18T11:00Z\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("until: is in the past")));
        act(campaign, "{\"action\": \"extra-reminder\", \"reason\": \"r\"}").andExpect(status().isConflict());

        http.perform(post("/api/campaigns/" + campaign + "/actions").with(anonymous())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"action\": \"pause\", \"reason\": \"nobody signed in\"}"))
                .andExpect(status().isUnauthorized());
        http.perform(post("/api/campaigns/" + campaign + "/actions").with(user("lena").roles("LEAD"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"action\": \"pause\", \"reason\": \"a lead may only watch\"}"))
                .andExpect(status().isForbidden());
        assertThat(actionLog.count(campaign, ActionKind.PAUSE)).as("a refused caller changes nothing").isZero();
    }

    private ResultActions act(UUID campaign, String body) throws Exception {
        return http.perform(post("/api/campaigns/" + campaign + "/actions")
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private Instant due(UUID campaign, DeadlineKind kind) {
        return deadline(campaign, kind).dueAt();
    }

    private Deadline deadline(UUID campaign, DeadlineKind kind) {
        return campaigns.deadlines(campaign).stream().filter(d -> d.kind() == kind).findFirst().orElseThrow();
    }

    private UUID open() {
        UUID meetingId = UUID.randomUUID();
        events.send(envelope(new MeetingScheduled(meetingId, "Macron – Aliyev meeting", clock.instant().plusSeconds(3600),
                "Europe/Paris", "Paris", List.of(
                new Participant("Emmanuel Macron", "President of the French Republic", "FR"),
                new Participant("Ilham Aliyev", "President of the Republic of Azerbaijan", "AZ")))));
        return events.awaitEvent(Topics.CAMPAIGNS, CampaignOpened.class, c -> c.meetingId().equals(meetingId), WAIT)
                .payload().campaignId();
    }

    private UUID openAndAskPartners() {
        UUID campaign = open();
        for (String partner : List.of("human-rights-club", "iphr")) {
            events.awaitEvent(Topics.OUTREACH, SignOnRequested.class,
                    r -> r.campaignId().equals(campaign) && r.partnerId().equals(partner), WAIT);
        }
        await().atMost(WAIT).until(() -> "signing".equals(campaigns.find(campaign).orElseThrow().status()));
        return campaign;
    }

    private <E extends DemarcheEvent> EventEnvelope<E> envelope(E event) {
        return EventEnvelope.of(event, "/test", clock.instant(), null);
    }
}
