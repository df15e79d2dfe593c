package org.demarche.campaigns.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.demarche.campaigns.CampaignsApplication;
import org.demarche.campaigns.campaign.Campaigns;
import org.demarche.campaigns.timeline.DeadlineKind;
import org.demarche.events.EventEnvelope;
import org.demarche.events.Participant;
import org.demarche.events.Topics;
import org.demarche.events.campaign.CampaignOpened;
import org.demarche.events.campaign.DeadlineReached;
import org.demarche.events.meeting.MeetingScheduled;
import org.demarche.testsupport.KafkaEndpoint;
import org.demarche.testsupport.KafkaTestClient;
import org.demarche.testsupport.RealInfrastructure;
import org.demarche.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Deadlines live in the database, not in the service: one that falls due while campaigns is down
 * fires when it comes back. The partners are asked four seconds after the campaign opens; the
 * other steps lie far ahead, so that only the one that fell due can have fired.
 */
@RealInfrastructure
class DeadlinesSurviveRestartIT {

    @Test
    void firesADeadlineThatFellDueWhileTheServiceWasDown(KafkaEndpoint kafka, TestDatabase database) throws Exception {
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.kafka.bootstrap-servers", kafka.bootstrapServers());
        properties.put("spring.datasource.url", database.jdbcUrl());
        properties.put("spring.datasource.username", database.username());
        properties.put("spring.datasource.password", database.password());
        properties.put("server.port", "0");
        properties.put("demarche.demo.enabled", "true");
        properties.put("demarche.timeline.sign-on-requests", "PT59M56S");
        properties.put("demarche.timeline.reminder", "PT40M");
        properties.put("demarche.timeline.sign-on-closes", "PT30M");
        properties.put("demarche.timeline.publication", "PT20M");
        UUID meetingId = UUID.randomUUID();
        UUID campaignId;
        Instant asking;

        try (var events = new KafkaTestClient(kafka)) {
            Clock clock;
            try (ConfigurableApplicationContext first = start(properties)) {
                first.getBean(Scheduler.class).standby();
                clock = first.getBean(Clock.class);
                events.send(EventEnvelope.of(new MeetingScheduled(meetingId, "Macron – Aliyev meeting",
                        clock.instant().plusSeconds(3600), "Europe/Paris", "Paris", List.of(
                        new Participant("Emmanuel Macron", "President of the French Republic", "FR"),
                        new Participant("Ilham Aliyev", "President of the Republic of Azerbaijan", "AZ"))),
                        "/test", clock.instant(), null));
                campaignId = events.awaitEvent(Topics.CAMPAIGNS, CampaignOpened.class,
                        c -> c.meetingId().equals(meetingId), Duration.ofSeconds(60)).payload().campaignId();
                assertThat(first.getBean(DeadlineScheduler.class).isScheduled(campaignId, DeadlineKind.SIGN_ON_REQUESTS))
                        .isTrue();
                asking = first.getBean(Campaigns.class).deadlines(campaignId).stream()
                        .filter(deadline -> deadline.kind() == DeadlineKind.SIGN_ON_REQUESTS).findFirst().orElseThrow()
                        .dueAt();
            }
            // down until the deadline has passed, whatever time the steps above took
            await().atMost(Duration.ofSeconds(60)).until(() -> clock.instant().isAfter(asking));

            UUID opened = campaignId;
            try (ConfigurableApplicationContext second = start(properties)) {
                var reached = events.awaitEvent(Topics.CAMPAIGNS, DeadlineReached.class,
                        d -> d.campaignId().equals(opened) && d.kind().equals("sign-on-requests"), Duration.ofSeconds(60));
                assertThat(reached.source()).isEqualTo("/demarche/campaigns");
                assertThat(second.getBean(DeadlineScheduler.class).isScheduled(opened, DeadlineKind.PUBLICATION))
                        .as("the later deadlines are still waiting").isTrue();
            }
        }
    }

    /** Starts the service as its main would, with the test's settings as command-line arguments. */
    private static ConfigurableApplicationContext start(Map<String, Object> properties) {
        String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(CampaignsApplication.class).run(args);
    }
}
