package org.demarche.campaigns.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.demarche.events.DemarcheEvent;
import org.demarche.events.EventEnvelope;
import org.demarche.events.Participant;
import org.demarche.events.Signatory;
import org.demarche.events.Topics;
import org.demarche.events.campaign.CampaignClosed;
import org.demarche.events.campaign.CampaignOpened;
import org.demarche.events.campaign.LetterPublished;
import org.demarche.events.legal.ResolutionAdopted;
import org.demarche.events.legal.RulingPublished;
import org.demarche.events.meeting.MeetingScheduled;
import org.demarche.events.outreach.FinalLetterDistribution;
import org.demarche.events.outreach.ReminderRequested;
import org.demarche.events.outreach.SignOnRequested;
import org.demarche.events.response.PartnerSigned;
import org.demarche.testsupport.KafkaTestClient;
import org.demarche.testsupport.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.listeners.JobListenerSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The campaigns service's part of the chain, with a plan in seconds: the reference meeting opens
 * a campaign, partners are asked, one signs, the other is reminded, signing closes, the letter is
 * published and distributed, and the follow-up closes the campaign.
 */
@SpringBootTest(properties = {
        "demarche.demo.enabled=true",
        "demarche.timeline.sign-on-requests=PT75S",
        "demarche.timeline.reminder=PT50S",
        "demarche.timeline.sign-on-closes=PT35S",
        "demarche.timeline.publication=PT20S",
        "demarche.timeline.follow-up=PT5S",
        "demarche.campaigns.public-base-url=http://campaigns.test"})
@AutoConfigureMockMvc
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
@RealInfrastructure
class CampaignChainIT {

    private static final Duration STEP = Duration.ofSeconds(60);

    @Autowired
    MockMvc http;

    @Autowired
    Clock clock;

    @Autowired
    Campaigns campaigns;

    @Autowired
    KafkaTestClient events;

    @Autowired
    Scheduler quartz;

    @Test
    void runsTheReferenceCampaignFromMeetingToFollowUp() throws Exception {
        events.send(envelope(new RulingPublished(UUID.randomUUID(), "ECtHR", "Ilgar Mammadov v. Azerbaijan", "15172/13",
                "AZ", LocalDate.of(2014, 5, 22), List.of("5", "18"), "Detention aimed at silencing him.", null)));
        events.send(envelope(new ResolutionAdopted(UUID.randomUUID(), "Committee of Ministers", "CM/ResDH(2017)379",
                LocalDate.of(2017, 10, 25), "AZ", "Ilgar Mammadov v. Azerbaijan", "15172/13", "infringement-referral",
                "Infringement proceedings under Article 46(4).", null)));
        UUID meetingId = UUID.randomUUID();
        var meeting = envelope(new MeetingScheduled(meetingId, "Macron – Aliyev meeting",
                clock.instant().plusSeconds(90), "Europe/Paris", "Paris", List.of(
                new Participant("Emmanuel Macron", "President of the French Republic", "FR"),
                new Participant("Ilham Aliyev", "President of the Republic of Azerbaijan", "AZ"))));

        // once the partners are asked, no later step runs until the test has the signature in: the
        // reminder and the close must see it, however slow the machine
        var holdAfterAsking = new StandByAfter(quartz, "sign-on-requests");
        quartz.getListenerManager().addJobListener(holdAfterAsking);
        events.send(meeting);
        events.send(meeting);

        var opened = events.awaitEvent(Topics.CAMPAIGNS, CampaignOpened.class, c -> c.meetingId().equals(meetingId), STEP);
        UUID campaignId = opened.payload().campaignId();
        assertThat(opened.payload().targetName()).isEqualTo("Emmanuel Macron");
        assertThat(opened.payload().country()).isEqualTo("AZ");
        assertThat(opened.correlationId()).as("the chain keeps the meeting's correlation id")
                .isEqualTo(meeting.correlationId());

        var toClub = events.awaitEvent(Topics.OUTREACH, SignOnRequested.class,
                r -> r.campaignId().equals(campaignId) && r.partnerId().equals("human-rights-club"), STEP);
        events.awaitEvent(Topics.OUTREACH, SignOnRequested.class,
                r -> r.campaignId().equals(campaignId) && r.partnerId().equals("iphr"), STEP);
        assertThat(toClub.payload().timeZone()).isEqualTo("Asia/Baku");
        assertThat(toClub.payload().draftText()).contains("Ilgar Mammadov").contains("15172/13");

        byte[] signature = {(byte) 0x89, 'P', 'N', 'G'};
        try {
            events.send(envelope(new PartnerSigned(campaignId, "human-rights-club",
                    new Signatory("Rasul Jafarov", "Director", "Human Rights Club", "AZ"), 1, clock.instant(),
                    Base64.getEncoder().encodeToString(signature))));
            await().atMost(STEP).untilAsserted(() -> http.perform(get("/api/campaigns/" + campaignId))
                    .andExpect(jsonPath("$.signOn[?(@.partnerId == 'human-rights-club')].answer").value("signed")));
        } finally {
            quartz.getListenerManager().removeJobListener(holdAfterAsking.getName());
            quartz.start();
        }

        var reminder = events.awaitEvent(Topics.OUTREACH, ReminderRequested.class,
                r -> r.campaignId().equals(campaignId) && r.partnerId().equals("iphr"), STEP);
        assertThat(reminder.payload().signOnDeadline()).isEqualTo(toClub.payload().signOnDeadline());

        var published = events.awaitEvent(Topics.CAMPAIGNS, LetterPublished.class, l -> l.campaignId().equals(campaignId), STEP);
        assertThat(published.payload().signatories()).extracting(Signatory::name).containsExactly("Rasul Jafarov");
        var distribution = events.awaitEvent(Topics.OUTREACH, FinalLetterDistribution.class,
                d -> d.campaignId().equals(campaignId), STEP);
        assertThat(distribution.payload().recipients()).extracting(FinalLetterDistribution.Recipient::email)
                .containsExactly("director@hrclub.example", "president@elysee.example");
        assertThat(distribution.payload().letterUrl())
                .isEqualTo("http://campaigns.test/letters/" + campaignId + ".pdf");

        http.perform(get("/api/campaigns/" + campaignId))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("published"))
                .andExpect(jsonPath("$.signatories[0].organisation").value("Human Rights Club"));
        byte[] pdf = http.perform(get("/api/campaigns/" + campaignId + "/letter").param("format", "pdf"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = http.perform(get("/api/campaigns/" + campaignId + "/letter").param("format", "txt"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(text).contains("Dear President Macron,").contains("Rasul Jafarov").doesNotContain("Brigitte Dufour");
        byte[] openLetter = http.perform(get("/letters/" + campaignId + ".pdf").with(anonymous()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(openLetter).as("the published letter is open to anyone, as the final emails link it").isEqualTo(pdf);

        events.awaitEvent(Topics.CAMPAIGNS, CampaignClosed.class, c -> c.campaignId().equals(campaignId), STEP);
        assertThat(campaigns.find(campaignId).orElseThrow().status()).isEqualTo(CampaignStatus.DONE);
        assertThat(campaigns.ofMeeting(meetingId)).as("the duplicate meeting event opened nothing more").hasSize(1);
        assertThat(campaigns.deadlines(campaignId)).extracting(Deadline::status).as("every step reached, once")
                .containsExactly("reached", "reached", "reached", "reached", "reached");
    }

    /** Puts Quartz on standby once the job of one step has run: nothing later fires until it is started again. */
    private static final class StandByAfter extends JobListenerSupport {

        private final Scheduler quartz;
        private final String step;

        StandByAfter(Scheduler quartz, String step) {
            this.quartz = quartz;
            this.step = step;
        }

        @Override
        public String getName() {
            return "stand-by-after-" + step;
        }

        @Override
        public void jobWasExecuted(JobExecutionContext context, JobExecutionException failure) {
            if (context.getJobDetail().getKey().getName().endsWith(":" + step)) {
                try {
                    quartz.standby();
                } catch (SchedulerException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private <E extends DemarcheEvent> EventEnvelope<E> envelope(E event) {
        return EventEnvelope.of(event, "/test", clock.instant(), null);
    }
}
