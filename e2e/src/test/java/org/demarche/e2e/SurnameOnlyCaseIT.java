package org.demarche.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;

import org.demarche.testsupport.KafkaEndpoint;
import org.demarche.testsupport.RealInfrastructure;
import org.demarche.testsupport.ServiceJvm;
import org.demarche.testsupport.SmtpSink;
import org.demarche.testsupport.TestAccounts;
import org.demarche.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A case registered as partners write the name — "Gülnarə Məmmədova" — and a HUDOC result page in
 * which the Court names it by the surname alone, in its own romanisation ("CASE OF MAMMADOVA v.
 * AZERBAIJAN"). Intake and campaigns run from their jars, each in its own JVM, on real Kafka and
 * PostgreSQL; the page is imported through intake's {@code POST /api/imports/hudoc} and the judgment
 * reaches the draft of the campaign about Azerbaijan, its application number learnt by the case.
 * The page is the test's own (shaped as HUDOC's query API answers), with a judgment about someone
 * else that no letter should cite.
 */
@RealInfrastructure
class SurnameOnlyCaseIT {

    private static final Clock CLOCK = Clock.systemUTC();
    /** The product's own plan: the meeting a month ahead, so no step comes during the test. */
    private static final DemarcheStack.Plan PLAN = new DemarcheStack.Plan(Duration.ofDays(9), Duration.ofDays(5),
            Duration.ofDays(3), Duration.ofDays(2), Duration.ofDays(7), Duration.ofDays(30));
    private static final Duration SLACK = Duration.ofSeconds(60);
    private static final Duration POLL = Duration.ofMillis(250);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(240);

    private static DemarcheStack stack;

    /** The configured administrator, who may do what a coordinator does (no dashboard here to make accounts). */
    private final JsonHttp http = new JsonHttp(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);

    @BeforeAll
    static void startIntakeAndCampaigns(KafkaEndpoint kafka, TestDatabase database, SmtpSink smtp) {
        stack = DemarcheStack.startHealthy(List.of("intake", "campaigns"), PLAN, kafka, database, smtp,
                "surname-only-case", START_TIMEOUT);
    }

    @AfterAll
    static void stopServices() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void aJudgmentNamingOnlyTheSurnameReachesTheDraftOfTheCampaignAboutTheCase() {
        try {
            scenario();
        } catch (RuntimeException | Error e) {
            stack.printLogTails();
            throw e;
        }
    }

    private void scenario() {
        ServiceJvm intake = stack.service("intake");
        ServiceJvm campaigns = stack.service("campaigns");

        http.json(http.put(campaigns.uri("/api/registry/cases/gulnara-mammadova"), Map.of("country", "AZ",
                "person", "Gülnarə Məmmədova", "status", "open",
                "description", "Journalist, sentenced in 2022 for her reporting.")), 200);
        String meetingId = http.json(http.post(intake.uri("/api/meetings"), meeting()), 201).path("id").asString();
        String campaignId = await("the campaign the meeting opens").atMost(SLACK).pollInterval(POLL)
                .until(() -> campaignOfMeeting(campaigns, meetingId), Optional::isPresent).orElseThrow();

        JsonNode imported = http.json(http.post(intake.uri("/api/imports/hudoc"), page(), "application/json"), 200);
        assertThat(imported.path("imported").asInt()).as("judgments imported from " + imported).isPositive();

        String draft = await("the judgment in the draft").atMost(SLACK).pollInterval(POLL)
                .until(() -> http.get(campaigns.uri("/api/campaigns/" + campaignId + "/letter?format=txt")).text(),
                        text -> text.contains("48112/21"));
        assertThat(draft).containsIgnoringCase("Mammadova v. Azerbaijan").contains("(application no. 48112/21)")
                .contains("release Gülnarə Məmmədova").doesNotContain("50217/19");
        JsonNode registered = http.getJson(campaigns.uri("/api/registry/cases/gulnara-mammadova"));
        assertThat(StreamSupport.stream(registered.path("applicationNos").spliterator(), false).map(JsonNode::asString))
                .as("numbers learnt").contains("48112/21");
        assertThat(http.getJson(campaigns.uri("/api/case-file/held")).size()).as("nothing in doubt").isZero();
    }

    private static Map<String, Object> meeting() {
        String startsAt = CLOCK.instant().plus(PLAN.meetingLead()).atZone(ZoneId.of("Europe/Paris"))
                .truncatedTo(ChronoUnit.MINUTES).toLocalDateTime()
                .format(DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm"));
        Map<String, Object> meeting = new LinkedHashMap<>();
        meeting.put("title", "Macron – Aliyev meeting");
        meeting.put("startsAt", startsAt);
        meeting.put("timeZone", "Europe/Paris");
        meeting.put("city", "Paris");
        meeting.put("participants", List.of(
                Map.of("name", "Emmanuel Macron", "title", "President of the French Republic", "country", "FR"),
                Map.of("name", "Ilham Aliyev", "title", "President of the Republic of Azerbaijan", "country", "AZ")));
        return meeting;
    }

    private Optional<String> campaignOfMeeting(ServiceJvm campaigns, String meetingId) {
        for (JsonNode campaign : http.getJson(campaigns.uri("/api/campaigns"))) {
            if (campaign.path("meetingId").asString().equals(meetingId)) {
                return Optional.of(campaign.path("id").asString());
            }
        }
        return Optional.empty();
    }

    private static byte[] page() {
        try (InputStream in = SurnameOnlyCaseIT.class.getResourceAsStream("/hudoc/surname-only-judgments.json")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
