package org.demarche.campaigns.casefile;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.demarche.events.DemarcheEvent;
import org.demarche.events.EventEnvelope;
import org.demarche.events.Participant;
import org.demarche.events.Topics;
import org.demarche.events.campaign.CampaignOpened;
import org.demarche.events.legal.RulingPublished;
import org.demarche.events.meeting.MeetingScheduled;
import org.demarche.testsupport.KafkaTestClient;

/** What the case file's integration tests do alike, on the demo registry (President Macron, Azerbaijan's partners). */
final class CaseFileScenario {

    static final Duration WAIT = Duration.ofSeconds(60);

    private CaseFileScenario() {
    }

    /** A Macron – Aliyev meeting a month ahead, so no step of the plan comes during a test: its campaign. */
    static UUID openCampaignAboutAzerbaijan(KafkaTestClient events, Clock clock) {
        UUID meetingId = UUID.randomUUID();
        events.send(envelope(new MeetingScheduled(meetingId, "Macron – Aliyev meeting",
                clock.instant().plus(Duration.ofDays(30)), "Europe/Paris", "Paris", List.of(
                new Participant("Emmanuel Macron", "President of the French Republic", "FR"),
                new Participant("Ilham Aliyev", "President of the Republic of Azerbaijan", "AZ"))), clock));
        return events.awaitEvent(Topics.CAMPAIGNS, CampaignOpened.class, c -> c.meetingId().equals(meetingId), WAIT)
                .payload().campaignId();
    }

    /** A judgment of the ECtHR finding a violation of Article 10, as intake announces it. */
    static RulingPublished ruling(String caseName, String applicationNo, List<String> related, String respondent,
                                  LocalDate date, String kind) {
        return new RulingPublished(UUID.randomUUID(), "ECtHR", caseName, applicationNo, respondent, date,
                List.of("10"), null, null, related, List.of(), kind);
    }

    static <E extends DemarcheEvent> EventEnvelope<E> envelope(E event, Clock clock) {
        return EventEnvelope.of(event, "/test", clock.instant(), null);
    }
}
