package org.demarche.campaigns.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.demarche.campaigns.deadline.DeadlineHandler;
import org.demarche.campaigns.timeline.DeadlineKind;
import org.demarche.events.DemarcheEvent;
import org.demarche.events.EventEnvelope;
import org.demarche.events.Participant;
import org.demarche.events.Signatory;
import org.demarche.events.Topics;
import org.demarche.events.account.AccountSaved;
import org.demarche.events.campaign.CampaignOpened;
import org.demarche.events.campaign.DeadlineScheduled;
import org.demarche.events.meeting.MeetingRescheduled;
import org.demarche.events.meeting.MeetingScheduled;
import org.demarche.events.outreach.FinalLetterDistribution;
import org.demarche.events.outreach.ReminderRequested;
import org.demarche.events.outreach.SignOnRequested;
import org.demarche.events.response.PartnerSigned;
import org.demarche.platform.security.DemarcheUsers;
import org.demarche.testsupport.KafkaTestClient;
import org.demarche.testsupport.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Every request, reminder and final letter tells outreach where partners' replies should reach a
 * person: the coordinator who entered the meeting, and the first lead partner's contact in letter
 * order. Meetings come from Kafka as intake sends them; the deadlines are a month away, so the test
 * runs each step itself, as its Quartz job would when due.
 */
@SpringBootTest(properties = "demarche.demo.enabled=true")
@RealInfrastructure
class CampaignRepliesIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String AMINA = "amina.karimova@coalition.example.org";
    /** The demo registry's lead partners concerned with Azerbaijan, in registry order. */
    private static final String HUMAN_RIGHTS_CLUB = "director@hrclub.example";
    private static final String IPHR = "director@iphr.example";
    private static final List<Participant> MACRON_ALIYEV = MeetingChangesIT.MACRON_ALIYEV;

    @Autowired
    KafkaTestClient events;

    @Autowired
    DeadlineHandler steps;

    @Autowired
    Invitations invitations;

    @Autowired
    DemarcheUsers users;

    @Autowired
    Clock clock;

    @Test
    void namesTheMeetingsCoordinatorAndTheFirstLeadPartnerInLetterOrderAtEveryStep() {
        UUID meeting = UUID.randomUUID();
        Instant start = clock.instant().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        UUID campaign = open(new MeetingScheduled(meeting, "Macron – Aliyev meeting", start, "Europe/Paris", "Paris",
                MACRON_ALIYEV, "amina", AMINA));

        steps.deadlineReached(campaign, DeadlineKind.SIGN_ON_REQUESTS);
        for (String partner : List.of("human-rights-club", "iphr")) {
            SignOnRequested request = events.awaitEvent(Topics.OUTREACH, SignOnRequested.class,
                    r -> r.campaignId().equals(campaign) && r.partnerId().equals(partner), WAIT).payload();
            assertThat(request.replyTo()).isEqualTo(AMINA);
            assertThat(request.leadContactEmail()).as("no lead has signed: the registry's order").isEqualTo(HUMAN_RIGHTS_CLUB);
        }

        // IPHR signs first: the letter names it first; and intake says the coordinator's new address with a move
        events.send(envelope(new PartnerSigned(campaign, "iphr",
                new Signatory("Brigitte Dufour", "Director", "IPHR", "BE"), 1, clock.instant(), null)));
        await().atMost(WAIT).until(() -> !invitations.signatories(campaign).isEmpty());
        String moved = "amina@coalition.example.org";
        events.send(envelope(new MeetingRescheduled(meeting, "Macron – Aliyev meeting", start.plus(1, ChronoUnit.DAYS),
                "Europe/Paris", "Paris", MACRON_ALIYEV, start, "amina", moved)));
        events.awaitEvent(Topics.CAMPAIGNS, DeadlineScheduled.class,
                d -> d.campaignId().equals(campaign) && d.dueAt().isAfter(start), WAIT);

        steps.deadlineReached(campaign, DeadlineKind.REMINDER);
        ReminderRequested reminder = events.awaitEvent(Topics.OUTREACH, ReminderRequested.class,
                r -> r.campaignId().equals(campaign) && r.partnerId().equals("human-rights-club"), WAIT).payload();
        assertThat(reminder.replyTo()).isEqualTo(moved);
        assertThat(reminder.leadContactEmail()).isEqualTo(IPHR);

        steps.deadlineReached(campaign, DeadlineKind.SIGN_ON_CLOSES);
        steps.deadlineReached(campaign, DeadlineKind.PUBLICATION);
        FinalLetterDistribution distribution = events.awaitEvent(Topics.OUTREACH, FinalLetterDistribution.class,
                d -> d.campaignId().equals(campaign), WAIT).payload();
        assertThat(distribution.replyTo()).isEqualTo(moved);
        assertThat(distribution.leadContactEmail()).isEqualTo(IPHR);
    }

    @Test
    void anAddressAddedToTheCoordinatorsAccountAfterTheMeetingWasEnteredCounts() {
        UUID campaign = open(new MeetingScheduled(UUID.randomUUID(), "Macron – Aliyev meeting",
                clock.instant().plus(30, ChronoUnit.DAYS), "Europe/Paris", "Paris", MACRON_ALIYEV, "leyla", null));

        events.send(envelope(new AccountSaved("leyla", "{bcrypt}$2a$10$abc", List.of("COORDINATOR"),
                "leyla@coalition.example.org")));
        await().atMost(WAIT).until(() -> users.emailOf("leyla").isPresent());
        steps.deadlineReached(campaign, DeadlineKind.SIGN_ON_REQUESTS);

        SignOnRequested request = events.awaitEvent(Topics.OUTREACH, SignOnRequested.class,
                r -> r.campaignId().equals(campaign), WAIT).payload();
        assertThat(request.replyTo()).isEqualTo("leyla@coalition.example.org");
    }

    @Test
    void aMeetingNobodyEnteredStillNamesTheLeadPartner() {
        UUID campaign = open(new MeetingScheduled(UUID.randomUUID(), "Macron – Aliyev meeting",
                clock.instant().plus(30, ChronoUnit.DAYS), "Europe/Paris", "Paris", MACRON_ALIYEV));

        steps.deadlineReached(campaign, DeadlineKind.SIGN_ON_REQUESTS);

        SignOnRequested request = events.awaitEvent(Topics.OUTREACH, SignOnRequested.class,
                r -> r.campaignId().equals(campaign), WAIT).payload();
        assertThat(request.replyTo()).isNull();
        assertThat(request.leadContactEmail()).isEqualTo(HUMAN_RIGHTS_CLUB);
    }

    private UUID open(MeetingScheduled meeting) {
        events.send(envelope(meeting));
        return events.awaitEvent(Topics.CAMPAIGNS, CampaignOpened.class,
                c -> c.meetingId().equals(meeting.meetingId()), WAIT).payload().campaignId();
    }

    private EventEnvelope<DemarcheEvent> envelope(DemarcheEvent event) {
        return EventEnvelope.of(event, "/demarche/test", clock.instant(), null);
    }
}
