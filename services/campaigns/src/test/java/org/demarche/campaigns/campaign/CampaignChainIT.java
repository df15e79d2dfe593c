package org.demarche.campaigns.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.demarche.campaigns.casefile.CaseFile;
import org.demarche.campaigns.deadline.DeadlinesOnTheClock;
import org.demarche.campaigns.timeline.DeadlineKind;
import org.demarche.events.DemarcheEvent;
import org.demarche.events.EventEnvelope;
import org.demarche.events.Participant;
import org.demarche.events.Signatory;
import org.demarche.events.Topics;
import org.demarche.events.campaign.CampaignClosed;
import org.demarche.events.campaign.CampaignOpened;
import org.demarche.events.campaign.DeadlineReached;
import org.demarche.events.campaign.LetterPublished;
import org.demarche.events.legal.ResolutionAdopted;
import org.demarche.events.legal.RulingPublished;
import org.demarche.events.meeting.MeetingScheduled;
import org.demarche.events.outreach.FinalLetterDistribution;
import org.demarche.events.outreach.ReminderRequested;
import org.demarche.events.outreach.SignOnRequested;
import org.demarche.events.response.PartnerSigned;
import org.demarche.testsupport.KafkaTestClient;
import org.demarche.testsupport.MutableClock;
import org.demarche.testsupport.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The campaigns service's part of the chain, on the product's own plan (days) and a clock the test
 * moves: the reference meeting opens a campaign, partners are asked, one signs, the other is
 * reminded, signing closes, the letter is published and distributed, and the follow-up closes the
 * campaign. Each step fires when the test moves the clock to its due time, never earlier, so no
 * step can overtake another however slow the machine, and nothing waits for time to pass.
 */
@SpringBootTest(properties = {
        "demarche.demo.enabled=true",
        "demarche.campaigns.public-base-url=http://campaigns.test"})
@Import(DeadlinesOnTheClock.Config.class)
@AutoConfigureMockMvc
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
@RealInfrastructure
class CampaignChainIT {

    /** How long a step may take to show once it is due: an upper bound only. */
    private static final Duration STEP = Duration.ofSeconds(60);

    @Autowired
    MockMvc http;

    @Autowired
    MutableClock clock;

    @Autowired
    Campaigns campaigns;

    @Autowired
    CaseFile caseFile;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    KafkaTestClient events;

    @Autowired
    DeadlinesOnTheClock time;

    @Test
    void runsTheReferenceCampaignFromMeetingToFollowUp() throws Exception {
        events.send(envelope(new RulingPublished(UUID.randomUUID(), "ECtHR", "Ilgar Mammadov v. Azerbaijan", "15172/13",
                "AZ", LocalDate.of(2014, 5, 22), List.of("5", "18"), "Detention aimed at silencing him.", null)));
        events.send(envelope(new ResolutionAdopted(UUID.randomUUID(), "Committee of Ministers", "CM/ResDH(2017)379",
                LocalDate.of(2017, 10, 25), "AZ", "Ilgar Mammadov v. Azerbaijan", "15172/13", "infringement-referral",
                "Infringement proceedings under Article 46(4).", null)));
        // the facts are known before the meeting: the draft the partners are asked to sign cites them
        await().atMost(STEP).until(() -> caseFile.rulings("AZ").stream().anyMatch(r -> r.applicationNo().equals("15172/13"))
                && jdbc.sql("SELECT COUNT(*) FROM resolution WHERE reference = 'CM/ResDH(2017)379'")
                        .query(Integer.class).single() == 1);
        UUID meetingId = UUID.randomUUID();
        Instant startsAt = clock.instant().plus(Duration.ofDays(10));
        var meeting = envelope(new MeetingScheduled(meetingId, "Macron – Aliyev meeting",
                startsAt, "Europe/Paris", "Paris", List.of(
                new Participant("Emmanuel Macron", "President of the French Republic", "FR"),
                new Participant("Ilham Aliyev", "President of the Republic of Azerbaijan", "AZ"))));
        events.send(meeting);
        events.send(meeting);

        var opened = events.awaitEvent(Topics.CAMPAIGNS, CampaignOpened.class, c -> c.meetingId().equals(meetingId), STEP);
        UUID campaignId = opened.payload().campaignId();
        assertThat(opened.payload().targetName()).isEqualTo("Emmanuel Macron");
        assertThat(opened.payload().country()).isEqualTo("AZ");
        assertThat(opened.correlationId()).as("the chain keeps the meeting's correlation id")
                .isEqualTo(meeting.correlationId());
        // the product's plan, in days of the meeting's zone: asked nine before, reminded five, closed three,
        // published two, followed up seven after
        var inParis = startsAt.atZone(ZoneId.of("Europe/Paris"));
        assertThat(campaigns.deadlines(campaignId)).extracting(Deadline::kind, Deadline::dueAt).containsExactly(
                tuple(DeadlineKind.SIGN_ON_REQUESTS, inParis.minusDays(9).toInstant()),
                tuple(DeadlineKind.REMINDER, inParis.minusDays(5).toInstant()),
                tuple(DeadlineKind.SIGN_ON_CLOSES, inParis.minusDays(3).toInstant()),
                tuple(DeadlineKind.PUBLICATION, inParis.minusDays(2).toInstant()),
                tuple(DeadlineKind.FOLLOW_UP, inParis.plusDays(7).toInstant()));

        reach(campaignId, DeadlineKind.SIGN_ON_REQUESTS);
        var toClub = events.awaitEvent(Topics.OUTREACH, SignOnRequested.class,
                r -> r.campaignId().equals(campaignId) && r.partnerId().equals("human-rights-club"), STEP);
        events.awaitEvent(Topics.OUTREACH, SignOnRequested.class,
                r -> r.campaignId().equals(campaignId) && r.partnerId().equals("iphr"), STEP);
        assertThat(toClub.payload().timeZone()).isEqualTo("Asia/Baku");
        assertThat(toClub.payload().draftText()).contains("Ilgar Mammadov").contains("15172/13");
        assertThat(toClub.payload().signOnDeadline()).isEqualTo(due(campaignId, DeadlineKind.SIGN_ON_CLOSES));

        // a day later by the clock: nothing else is due until the test moves it again
        clock.advance(Duration.ofDays(1));
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G'};
        events.send(envelope(new PartnerSigned(campaignId, "human-rights-club",
                new Signatory("Rasul Jafarov", "Director", "Human Rights Club", "AZ"), 1, clock.instant(),
                Base64.getEncoder().encodeToString(signature))));
        await().atMost(STEP).untilAsserted(() -> http.perform(get("/api/campaigns/" + campaignId))
                .andExpect(jsonPath("$.signOn[?(@.partnerId == 'human-rights-club')].answer").value("signed")));

        reach(campaignId, DeadlineKind.REMINDER);
        var reminder = events.awaitEvent(Topics.OUTREACH, ReminderRequested.class,
                r -> r.campaignId().equals(campaignId) && r.partnerId().equals("iphr"), STEP);
        assertThat(reminder.payload().signOnDeadline()).isEqualTo(toClub.payload().signOnDeadline());

        reach(campaignId, DeadlineKind.SIGN_ON_CLOSES);
        reach(campaignId, DeadlineKind.PUBLICATION);
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

        reach(campaignId, DeadlineKind.FOLLOW_UP);
        events.awaitEvent(Topics.CAMPAIGNS, CampaignClosed.class, c -> c.campaignId().equals(campaignId), STEP);
        assertThat(campaigns.find(campaignId).orElseThrow().status()).isEqualTo(CampaignStatus.DONE);
        assertThat(campaigns.ofMeeting(meetingId)).as("the duplicate meeting event opened nothing more").hasSize(1);
        assertThat(campaigns.deadlines(campaignId)).extracting(Deadline::status).as("every step reached, once")
                .containsExactly("reached", "reached", "reached", "reached", "reached");
        assertThat(events.readEvents(Topics.OUTREACH, ReminderRequested.class, r -> r.campaignId().equals(campaignId)))
                .as("one reminder: to the partner who had not answered, not to the signatory")
                .extracting(reminded -> reminded.payload().partnerId()).containsExactly("iphr");
    }

    /**
     * Moves the clock to the step's due time, which fires it (and only it), and waits until the
     * step is taken, at that time by the clock.
     */
    private void reach(UUID campaignId, DeadlineKind kind) {
        Instant dueAt = due(campaignId, kind);
        assertThat(time.moveTo(campaignId, dueAt)).as("deadlines fired at " + dueAt).containsExactly(campaignId + ":" + kind.wireName());
        var reached = events.awaitEvent(Topics.CAMPAIGNS, DeadlineReached.class,
                d -> d.campaignId().equals(campaignId) && d.kind().equals(kind.wireName()), STEP);
        assertThat(reached.payload().reachedAt()).as(kind.wireName() + " reached on the moved clock").isEqualTo(dueAt);
    }

    private Instant due(UUID campaignId, DeadlineKind kind) {
        return campaigns.deadlines(campaignId).stream().filter(deadline -> deadline.kind() == kind).findFirst()
                .orElseThrow().dueAt();
    }

    private <E extends DemarcheEvent> EventEnvelope<E> envelope(E event) {
        return EventEnvelope.of(event, "/test", clock.instant(), null);
    }
}
