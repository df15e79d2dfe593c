package org.demarche.campaigns.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.Search;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.demarche.campaigns.CampaignsApplication;
import org.demarche.campaigns.campaign.Campaigns;
import org.demarche.campaigns.timeline.DeadlineKind;
import org.demarche.events.EventEnvelope;
import org.demarche.events.Participant;
import org.demarche.events.Topics;
import org.demarche.events.campaign.CampaignOpened;
import org.demarche.events.meeting.MeetingScheduled;
import org.demarche.testsupport.KafkaEndpoint;
import org.demarche.testsupport.KafkaTestClient;
import org.demarche.testsupport.RealInfrastructure;
import org.demarche.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SimpleTrigger;
import org.quartz.TriggerBuilder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every execution of a deadline's job is audited in the transaction of its work, on PostgreSQL and
 * Quartz's JDBC store. A second execution of a deadline already done — what Quartz's recovery does
 * when an instance dies after the work committed but before Quartz recorded the job complete —
 * is counted, and does not do the work again. The partners are asked two seconds after the
 * campaign opens; the other steps lie far ahead.
 */
@RealInfrastructure
class DeadlineFiresIT {

    private static final DeadlineKind ASKING = DeadlineKind.SIGN_ON_REQUESTS;

    @Test
    void auditsEachFireAndASecondRunOfADeadlineDoneDoesNotDoItsWorkAgain(KafkaEndpoint kafka, TestDatabase database)
            throws Exception {
        UUID meetingId = UUID.randomUUID();
        try (var events = new KafkaTestClient(kafka); ConfigurableApplicationContext service = start(kafka, database)) {
            Scheduler scheduler = service.getBean(Scheduler.class);
            DeadlineFires fires = service.getBean(DeadlineFires.class);
            Clock clock = service.getBean(Clock.class);
            scheduler.standby(); // nothing fires until the jobs have been looked at
            events.send(EventEnvelope.of(new MeetingScheduled(meetingId, "Macron – Aliyev meeting",
                    clock.instant().plusSeconds(3600), "Europe/Paris", "Paris", List.of(
                    new Participant("Emmanuel Macron", "President of the French Republic", "FR"),
                    new Participant("Ilham Aliyev", "President of the Republic of Azerbaijan", "AZ"))),
                    "/test", clock.instant(), null));
            UUID campaignId = events.awaitEvent(Topics.CAMPAIGNS, CampaignOpened.class,
                    c -> c.meetingId().equals(meetingId), Duration.ofSeconds(60)).payload().campaignId();

            // as scheduled: recovered on another instance if this one dies running it, fired at once when late
            JobDetail job = scheduler.getJobDetail(DeadlineScheduler.key(campaignId, ASKING));
            assertThat(job.requestsRecovery()).isTrue();
            assertThat(scheduler.getTriggersOfJob(job.getKey())).singleElement()
                    .extracting(trigger -> trigger.getMisfireInstruction())
                    .isEqualTo(SimpleTrigger.MISFIRE_INSTRUCTION_FIRE_NOW);
            Instant dueAt = service.getBean(Campaigns.class).deadlines(campaignId).stream()
                    .filter(deadline -> deadline.kind() == ASKING).findFirst().orElseThrow().dueAt();
            scheduler.start();

            var first = await().atMost(Duration.ofSeconds(60))
                    .until(() -> fires.of(campaignId, ASKING, dueAt), fire -> fire.isPresent()).orElseThrow();
            assertThat(first).isEqualTo(new DeadlineFires.FireCount(scheduler.getSchedulerInstanceId(), 1, 1, 0));
            MeterRegistry meters = service.getBean(MeterRegistry.class);
            await().atMost(Duration.ofSeconds(10)).until(() -> lateness(meters) == 1);
            assertThat(service.getBean(PrometheusMeterRegistry.class).scrape())
                    .contains("demarche_deadline_lateness_seconds_bucket{kind=\"sign-on-requests\",le=")
                    .contains("demarche_deadline_lateness_seconds_count{kind=\"sign-on-requests\"} 1");

            // the same job once more, as Quartz would run it again for an instance that died after the work
            scheduler.scheduleJob(job, TriggerBuilder.newTrigger().forJob(job).startNow().build());
            var second = await().atMost(Duration.ofSeconds(60))
                    .until(() -> fires.of(campaignId, ASKING, dueAt).orElseThrow(), fire -> fire.executions() == 2);
            assertThat(second.works()).as("the second run found the step done").isEqualTo(1);
            assertThat(lateness(meters)).as("a run that did no work is no lateness").isEqualTo(1);
            String campaignStatus = service.getBean(Campaigns.class).find(campaignId).orElseThrow().status();
            assertThat(Search.in(meters).name("demarche.campaigns").tag("status", campaignStatus).gauge().value()).isEqualTo(1);

            JdbcClient jdbc = service.getBean(JdbcClient.class);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> jdbc.sql("SELECT COUNT(*) FROM outbox_event").query(Integer.class).single() == 0);
            long reached = events.readToEnd(Topics.CAMPAIGNS).stream()
                    .filter(record -> record.key().equals(campaignId.toString()))
                    .filter(record -> new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8)
                            .endsWith("DeadlineReached"))
                    .count();
            assertThat(reached).as("DeadlineReached published once").isEqualTo(1);

            // many deadlines at once: their jobs' completions, recorded together, leave nothing of them in Quartz
            assertThat(scheduler.getMetaData().getJobStoreClass()).isEqualTo(CompletionBatchingJobStore.class);
            List<UUID> gone = java.util.stream.Stream.generate(UUID::randomUUID).limit(40).toList();
            gone.forEach(id -> service.getBean(DeadlineScheduler.class).schedule(id, ASKING, clock.instant()));
            await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql(
                    "SELECT COUNT(*) FROM deadline_fire WHERE campaign_id IN (:ids) AND executions = 1 AND works = 0")
                    .param("ids", gone).query(Integer.class).single() == gone.size());
            await().atMost(Duration.ofSeconds(30)).until(() -> gone.stream()
                    .noneMatch(id -> service.getBean(DeadlineScheduler.class).isScheduled(id, ASKING))
                    && jdbc.sql("SELECT COUNT(*) FROM qrtz_fired_triggers").query(Integer.class).single() == 0);

            // a deadline scheduled in a transaction that rolls back is gone with it
            UUID rolledBack = UUID.randomUUID();
            service.getBean(TransactionTemplate.class).executeWithoutResult(status -> {
                service.getBean(DeadlineScheduler.class).schedule(rolledBack, ASKING, clock.instant().plusSeconds(600));
                status.setRollbackOnly();
            });
            assertThat(service.getBean(DeadlineScheduler.class).isScheduled(rolledBack, ASKING)).isFalse();
        }
    }

    private static long lateness(MeterRegistry meters) {
        var timer = Search.in(meters).name("demarche.deadline.lateness").tag("kind", ASKING.wireName()).timer();
        return timer == null ? 0 : timer.count();
    }

    private static ConfigurableApplicationContext start(KafkaEndpoint kafka, TestDatabase database) {
        return new SpringApplicationBuilder(CampaignsApplication.class).run(
                "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(),
                "--server.port=0",
                "--demarche.demo.enabled=true",
                "--demarche.timeline.sign-on-requests=PT59M58S",
                "--demarche.timeline.reminder=PT40M",
                "--demarche.timeline.sign-on-closes=PT30M",
                "--demarche.timeline.publication=PT20M");
    }
}
