package org.demarche.campaigns.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.demarche.campaigns.deadline.DeadlineScheduler;
import org.demarche.campaigns.timeline.DeadlineKind;
import org.demarche.events.DemarcheEvent;
import org.demarche.events.EventEnvelope;
import org.demarche.events.Participant;
import org.demarche.events.Topics;
import org.demarche.events.campaign.CampaignOpened;
import org.demarche.events.campaign.CampaignPaused;
import org.demarche.events.campaign.DeadlineScheduled;
import org.demarche.events.meeting.MeetingCancelled;
import org.demarche.events.meeting.MeetingRescheduled;
import org.demarche.events.meeting.MeetingScheduled;
import org.demarche.testsupport.KafkaTestClient;
import org.demarche.testsupport.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = "demarche.demo.enabled=true")
@RealInfrastructure
class MeetingChangesIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    static final List<Participant> MACRON_ALIYEV = List.of(
            new Participant("Emmanuel Macron", "President of the French Republic", "FR"),
            new Participant("Ilham Aliyev", "President of the Republic of Azerbaijan", "AZ"));

    @Autowired
    KafkaTestClient events;

    @Autowired
    Campaigns campaigns;

    @Autowired
    DeadlineScheduler scheduler;

    @Autowired
    Clock clock;

    @Test
    void movesTheDeadlinesWhenTheMeetingMovesLater() {
        UUID meeting = UUID.randomUUID();
        Instant start = clock.instant().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        UUID campaign = open(meeting, start);

        Instant later = start.plus(7, ChronoUnit.DAYS);
        events.send(envelope(new MeetingRescheduled(meeting, "Macron – Aliyev meeting", later, "Europe/Paris", "Paris",
                MACRON_ALIYEV, start)));

        var publication = events.awaitEvent(Topics.CAMPAIGNS, DeadlineScheduled.class,
                d -> d.campaignId().equals(campaign) && d.kind().equals("publication") && d.dueAt().isAfter(start),
                WAIT);
        assertThat(publication.payload().dueAt()).isEqualTo(later.minus(2, ChronoUnit.DAYS));
        await().atMost(WAIT).untilAsserted(() -> assertThat(campaigns.deadlines(campaign)).extracting(Deadline::dueAt)
                .containsExactly(later.minus(9, ChronoUnit.DAYS), later.minus(5, ChronoUnit.DAYS),
                        later.minus(3, ChronoUnit.DAYS), later.minus(2, ChronoUnit.DAYS), later.plus(7, ChronoUnit.DAYS)));
        assertThat(campaigns.find(campaign).orElseThrow().meetingStartsAt()).isEqualTo(later);
    }

    @Test
    void pausesTheCampaignAndRemovesItsDeadlinesWhenTheMeetingIsCancelled() {
        UUID meeting = UUID.randomUUID();
        UUID campaign = open(meeting, clock.instant().plus(30, ChronoUnit.DAYS));
        assertThat(scheduler.isScheduled(campaign, DeadlineKind.SIGN_ON_REQUESTS)).isTrue();

        events.send(envelope(new MeetingCancelled(meeting, "postponed sine die")));

        var paused = events.awaitEvent(Topics.CAMPAIGNS, CampaignPaused.class, p -> p.campaignId().equals(campaign), WAIT);
        assertThat(paused.payload().reason()).contains("cancelled").contains("postponed sine die");
        assertThat(campaigns.find(campaign).orElseThrow().status()).isEqualTo(CampaignStatus.PAUSED);
        assertThat(campaigns.deadlines(campaign)).extracting(Deadline::status).containsOnly(Deadline.CANCELLED);
        for (DeadlineKind kind : DeadlineKind.values()) {
            assertThat(scheduler.isScheduled(campaign, kind)).as(kind.wireName()).isFalse();
        }
    }

    private UUID open(UUID meeting, Instant start) {
        events.send(envelope(new MeetingScheduled(meeting, "Macron – Aliyev meeting", start, "Europe/Paris", "Paris",
                MACRON_ALIYEV)));
        return events.awaitEvent(Topics.CAMPAIGNS, CampaignOpened.class, c -> c.meetingId().equals(meeting), WAIT)
                .payload().campaignId();
    }

    private <E extends DemarcheEvent> EventEnvelope<E> envelope(E event) {
        return EventEnvelope.of(event, "/test", clock.instant(), null);
    }
}
