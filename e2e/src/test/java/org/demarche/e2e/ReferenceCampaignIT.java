package org.demarche.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.demarche.testsupport.KafkaEndpoint;
import org.demarche.testsupport.PrometheusScrape;
import org.demarche.testsupport.RealInfrastructure;
import org.demarche.testsupport.ReceivedMail;
import org.demarche.testsupport.ServiceJvm;
import org.demarche.testsupport.SmtpSink;
import org.demarche.testsupport.TestAccounts;
import org.demarche.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reference campaign from end to end, with the four services running as production runs
 * them (their executable jars, each in its own JVM) on a real Kafka broker, PostgreSQL and SMTP
 * server, and driven through their public interfaces only: the HTTP APIs of API.md, the mailbox
 * the partners read, and the dashboard's API.
 *
 * <p>A coordinator registers a third partner, enters the rulings and the Article 46(4) referral,
 * then the meeting, and does nothing else. From then on the product works alone, on a plan
 * shrunk from days to seconds: the three partners are asked to co-sign; one signs (with a
 * handwritten signature), one declines, one stays silent and is reminded; signing closes; the
 * letter is published with its one signatory and sent as a PDF to the signatory and to President
 * Macron; the follow-up closes the campaign. The dashboard shows every step, and every email
 * went out exactly once.
 */
@RealInfrastructure
class ReferenceCampaignIT {

    private static final Clock CLOCK = Clock.systemUTC();

    /**
     * The product's plan (P9D, P5D, P3D, P2D, P7D) in seconds. The windows between steps are what
     * the scenario needs on a busy two-core machine: 15 s for the campaign to open before partners
     * are asked, 35 s for the requests to arrive and two partners to answer before the reminder,
     * 25 s for the reminder to go out before signing closes, 15 s to publication. The meeting follows
     * publication by 15 s and the follow-up comes 5 s after it: nothing is checked in between that
     * needs longer (the letters are awaited either side of the follow-up), and every second here is
     * a second of {@code verify}.
     */
    static final DemarcheStack.Plan PLAN = new DemarcheStack.Plan(Duration.ofSeconds(90), Duration.ofSeconds(55),
            Duration.ofSeconds(30), Duration.ofSeconds(15), Duration.ofSeconds(5), Duration.ofSeconds(105));

    /** Beyond the time a step is due, how long it may take to show (emails sent, read model updated). */
    private static final Duration SLACK = Duration.ofSeconds(60);
    /** Reads the JSON log lines of a service that logs as the container images do. */
    private static final JsonMapper LOG_LINES = JsonMapper.builder().build();
    private static final Duration POLL = Duration.ofMillis(250);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(240);

    private static final String MEETING_ZONE = "Europe/Paris";
    private static final String TARGET_EMAIL = "president@elysee.example";

    private static final String HRC = "human-rights-club";
    private static final String HRC_EMAIL = "director@hrclub.example";
    private static final String HRC_CONTACT = "Rasul Jafarov";
    private static final String IPHR = "iphr";
    private static final String IPHR_EMAIL = "director@iphr.example";
    private static final String IPHR_CONTACT = "Brigitte Dufour";
    private static final String NHC = "norwegian-helsinki-committee";
    private static final String NHC_EMAIL = "secretariat@nhc.example";
    private static final String NHC_CONTACT = "Kari Nordmann";

    private static final Phases PHASES = new Phases(CLOCK);
    private static DemarcheStack stack;
    private static SmtpSink mailbox;

    private static final String COORDINATOR = "amina";
    private static final String COORDINATOR_PASSWORD = "coordinates the Paris letter";
    /** Where partners' replies about the meeting the coordinator enters go. */
    private static final String COORDINATOR_EMAIL = "amina.karimova@coalition.example";
    private static final String LEAD = "lena";
    private static final String LEAD_PASSWORD = "watches the dashboard";

    /** The configured administrator, as the scripts of docs/walkthrough.md sign in. */
    private final JsonHttp admin = new JsonHttp(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
    /** The coordinator the administrator gives an account: enters the registry, facts and meeting. */
    private final JsonHttp http = new JsonHttp(COORDINATOR, COORDINATOR_PASSWORD);
    /** A lead: reads, changes nothing. */
    private final JsonHttp lead = new JsonHttp(LEAD, LEAD_PASSWORD);
    /** Nobody: a partner has only the link in the email. */
    private final JsonHttp partner = new JsonHttp();

    @BeforeAll
    static void startServices(KafkaEndpoint kafka, TestDatabase database, SmtpSink smtp) {
        mailbox = smtp;
        Instant startedAt = CLOCK.instant();
        System.out.printf("[e2e] Kafka %s, %s, SMTP %s; plan %s%n", kafka.bootstrapServers(), database, smtp,
                new TreeMap<>(PLAN.environment()));
        // outreach logs as the container images do (JSON, ECS), the others as a laptop does (text)
        stack = DemarcheStack.start(PLAN, kafka, database, smtp, DemarcheStack.directory("demarche.e2e.services-dir", "target/services"),
                DemarcheStack.directory("demarche.e2e.logs-dir", "target/e2e-logs"),
                Map.of("outreach", Map.of("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs")));
        try {
            Map<String, Duration> upAfter = stack.awaitHealthy(CLOCK, startedAt, START_TIMEOUT);
            upAfter.forEach((service, after) -> System.out.printf("[e2e] %s UP after %.1f s on port %d%n", service,
                    Phases.seconds(after), stack.service(service).port()));
        } catch (RuntimeException | Error e) {
            stack.printLogTails();
            throw e;
        }
        PHASES.record("start the four services (until all UP)", Duration.between(startedAt, CLOCK.instant()));
    }

    @AfterAll
    static void stopServices() {
        if (stack != null) {
            Instant stopping = CLOCK.instant();
            stack.close();
            PHASES.record("stop the four services", Duration.between(stopping, CLOCK.instant()));
        }
        System.out.print(PHASES.summary());
    }

    @Test
    void aMeetingEnteredOnceRunsTheWholeCampaign() {
        try {
            scenario();
        } catch (RuntimeException | Error e) {
            System.out.println("[e2e] FAILED: " + e);
            try {
                System.out.println("[e2e] mailbox: " + received());
            } catch (RuntimeException unreadable) {
                System.out.println("[e2e] mailbox unreadable: " + unreadable);
            }
            stack.printLogTails();
            throw e;
        } finally {
            PHASES.end();
        }
    }

    private void scenario() {
        ServiceJvm intake = stack.service("intake");
        ServiceJvm campaigns = stack.service("campaigns");
        ServiceJvm outreach = stack.service("outreach");
        ServiceJvm dashboard = stack.service("dashboard");

        // 0. accounts: the administrator gives a coordinator and a lead theirs on the dashboard; every
        //    service learns them from the account events
        PHASES.begin("0 accounts: a coordinator and a lead");
        assertThat(partner.get(intake.uri("/api/meetings")).status()).as("an anonymous API call").isEqualTo(401);
        admin.json(admin.post(dashboard.uri("/api/users"), Map.of("username", COORDINATOR,
                "password", COORDINATOR_PASSWORD, "roles", List.of("COORDINATOR"), "email", COORDINATOR_EMAIL)), 201);
        admin.json(admin.post(dashboard.uri("/api/users"), Map.of("username", LEAD,
                "password", LEAD_PASSWORD, "roles", List.of("LEAD"))), 201);
        await("the new accounts to open every service").atMost(SLACK).pollInterval(POLL)
                .until(() -> List.of(intake, campaigns, outreach, dashboard).stream().allMatch(service ->
                        http.get(service.uri("/api/nothing-here")).status() == 404
                                && lead.get(service.uri("/api/nothing-here")).status() == 404));
        assertThat(lead.post(intake.uri("/api/meetings"), Map.of()).status()).as("a lead entering a meeting").isEqualTo(403);

        // 1. a third partner concerned with Azerbaijan, beside the two of the reference registry
        PHASES.begin("1 registry: a third partner");
        JsonNode nhc = http.json(http.put(campaigns.uri("/api/registry/partners/" + NHC), Map.of(
                "organisation", "Norwegian Helsinki Committee", "country", "NO", "city", "Oslo",
                "contactName", NHC_CONTACT, "contactTitle", "Secretary General", "email", NHC_EMAIL,
                "language", "en", "timeZone", "Europe/Oslo", "lead", false, "concerns", List.of("AZ"))), 200);
        assertThat(nhc.path("email").asString()).isEqualTo(NHC_EMAIL);
        List<String> concernedWithAz = StreamSupport.stream(http.getJson(campaigns.uri("/api/registry/partners")).spliterator(), false)
                .filter(partner -> StreamSupport.stream(partner.path("concerns").spliterator(), false)
                        .anyMatch(country -> country.asString().equals("AZ")))
                .map(partner -> partner.path("id").asString()).toList();
        assertThat(concernedWithAz).as("partners concerned with AZ (the demo registry and ours)")
                .containsExactlyInAnyOrder(HRC, IPHR, NHC);
        assertThat(http.getJson(campaigns.uri("/api/registry/targets/macron")).path("email").asString())
                .isEqualTo(TARGET_EMAIL);

        // 2. the case file: two ECtHR judgments and the Committee of Ministers' Article 46(4) referral
        PHASES.begin("2 intake: rulings and resolution");
        http.json(http.post(intake.uri("/api/rulings"), ruling("Ilgar Mammadov v. Azerbaijan", "15172/13", "2014-05-22",
                List.of("5", "18"), "Right to liberty violated; detention aimed at silencing or punishing him for "
                        + "criticising the government.")), 201);
        http.json(http.post(intake.uri("/api/rulings"), ruling("Ilgar Mammadov v. Azerbaijan (no. 2)", "919/15",
                "2017-11-16", List.of("6"), "Right to a fair trial violated.")), 201);
        http.json(http.post(intake.uri("/api/resolutions"), orderedMap(
                "body", "Committee of Ministers", "reference", "CM/ResDH(2017)379", "adoptedOn", "2017-10-25",
                "respondent", "AZ", "caseName", "Ilgar Mammadov v. Azerbaijan", "applicationNo", "15172/13",
                "kind", "infringement-referral",
                "summary", "Decision to start infringement proceedings under Article 46(4) of the Convention; after "
                        + "nearly a dozen decisions and interim resolutions calling for release were ignored.",
                "url", "https://hudoc.exec.coe.int/")), 201);

        // 3. the meeting, about two minutes ahead; from here on nobody at the coordinators' end clicks anything
        PHASES.begin("3 intake: the meeting; campaign opens");
        ZonedDateTime startsAt = meetingStart(CLOCK.instant().plus(PLAN.meetingLead()));
        String localStart = startsAt.toLocalDateTime().format(DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss"));
        //    in a trace the caller began (as a gateway or a calendar tool would), followed to the emails below
        String traceId = HexFormat.of().formatHex(randomBytes(16));
        String traceparent = "00-" + traceId + "-" + HexFormat.of().formatHex(randomBytes(8)) + "-01";
        JsonHttp.Response created = http.post(intake.uri("/api/meetings"), orderedMap(
                "title", "Macron – Aliyev meeting", "startsAt", localStart, "timeZone", MEETING_ZONE, "city", "Paris",
                "participants", List.of(
                        Map.of("name", "Emmanuel Macron", "title", "President of the French Republic", "country", "FR"),
                        Map.of("name", "Ilham Aliyev", "title", "President of the Republic of Azerbaijan", "country", "AZ"))),
                "traceparent", traceparent);
        String meetingId = http.json(created, 201).path("id").asString();
        assertThat(created.location()).endsWith("/api/meetings/" + meetingId);
        System.out.printf("[e2e] meeting %s at %s %s (%s)%n", meetingId, localStart, MEETING_ZONE, startsAt.toInstant());

        JsonNode campaign = await("the campaign the meeting opens, on the campaigns service")
                .atMost(SLACK).pollInterval(POLL)
                .until(() -> campaignOfMeeting(campaigns, meetingId), Optional::isPresent).orElseThrow();
        String campaignId = campaign.path("id").asString();
        assertThat(campaign.path("targetId").asString()).isEqualTo("macron");
        assertThat(campaign.path("country").asString()).isEqualTo("AZ");
        Map<String, Instant> due = dueTimes(campaign);
        assertThat(due).containsOnlyKeys("sign-on-requests", "reminder", "sign-on-closes", "publication", "follow-up");
        due.forEach((kind, at) -> System.out.printf("[e2e] %-16s due %s (in %.1f s)%n", kind, at,
                Phases.seconds(Duration.between(CLOCK.instant(), at))));

        // 4. the requests to co-sign: one per partner, each with a personal link in both parts
        PHASES.begin("4 sign-on requests by email");
        List<ReceivedMail> requests = awaitMail(Emails.SIGN_ON_REQUEST, 3, due.get("sign-on-requests"));
        assertThat(requests).extracting(ReceivedMail::recipient)
                .containsExactlyInAnyOrder(HRC_EMAIL, IPHR_EMAIL, NHC_EMAIL);
        Map<String, String> links = new HashMap<>();
        for (ReceivedMail request : requests) {
            String link = request.signOnLink();
            assertThat(link).startsWith("http://localhost:" + outreach.port() + "/sign/");
            assertThat(request.html()).as("HTML part of " + request).contains(link);
            links.put(request.recipient(), link);
        }
        assertThat(links.values()).doesNotHaveDuplicates();
        assertOneTrace(traceId, meetingId, campaignId, intake, campaigns, outreach);
        JsonNode invitation = partner.getJson(signOnApi(outreach, links.get(HRC_EMAIL)));
        assertThat(invitation.path("status").asString()).isEqualTo("pending");
        assertThat(invitation.path("draftText").asString()).contains("Dear President Macron,", "Ilgar Mammadov");

        // 5. Human Rights Club signs with a handwritten signature, IPHR declines, the third says nothing
        PHASES.begin("5 partners answer: one signs, one declines");
        JsonNode signed = partner.json(partner.post(signOnApi(outreach, links.get(HRC_EMAIL)), Map.of(
                "decision", "sign",
                "signatory", Map.of("name", HRC_CONTACT, "title", "Director", "organisation", "Human Rights Club",
                        "country", "AZ"),
                "signatureImage", signaturePng())), 200);
        assertThat(signed.path("status").asString()).isEqualTo("signed");
        JsonNode declined = partner.json(partner.post(signOnApi(outreach, links.get(IPHR_EMAIL)), Map.of(
                "decision", "decline", "reason", "We are not in a position to co-sign this time.")), 200);
        assertThat(declined.path("status").asString()).isEqualTo("declined");
        Duration beforeReminder = Duration.between(CLOCK.instant(), due.get("reminder"));
        System.out.printf("[e2e] answers given %.1f s before the reminder is due%n", Phases.seconds(beforeReminder));
        if (beforeReminder.isNegative()) {
            System.out.println("[e2e] WARNING: the partners answered after the reminder was due; the machine is slower "
                    + "than the plan allows for");
        }

        // 6. the reminder: to the silent partner only
        PHASES.begin("6 reminder to the silent partner");
        List<ReceivedMail> reminders = awaitMail(Emails.REMINDER, 1, due.get("reminder"));
        assertThat(reminders).extracting(ReceivedMail::recipient).containsExactly(NHC_EMAIL);
        assertThat(reminders.get(0).signOnLink()).startsWith("http://localhost:" + outreach.port() + "/sign/");
        assertThat(reminders.get(0).html()).contains(reminders.get(0).signOnLink());

        // 7. publication: the letter, as a PDF, to its signatory and to its addressee
        PHASES.begin("7 publication: final letter by email");
        List<ReceivedMail> finalLetters = awaitMail(Emails.FINAL_LETTER, 2, due.get("publication"));
        assertThat(finalLetters).extracting(ReceivedMail::recipient).containsExactlyInAnyOrder(HRC_EMAIL, TARGET_EMAIL);
        for (ReceivedMail letter : finalLetters) {
            assertThat(letter.pdfs()).as("PDFs attached to " + letter).hasSize(1);
            assertPublishedLetter(letter.pdfs().get(0).content(), "the PDF attached to " + letter);
        }

        // 8. the campaigns service: published (or already done), one signatory, the letter as a PDF
        PHASES.begin("8 campaigns API: published letter");
        JsonNode published = await("campaign " + campaignId + " published")
                .atMost(SLACK).pollInterval(POLL)
                .until(() -> http.getJson(campaigns.uri("/api/campaigns/" + campaignId)),
                        json -> List.of("published", "done").contains(json.path("status").asString()));
        assertThat(published.path("signatories")).hasSize(1);
        assertThat(published.path("signatories").get(0).path("name").asString()).isEqualTo(HRC_CONTACT);
        assertThat(published.path("signatories").get(0).path("organisation").asString()).isEqualTo("Human Rights Club");
        JsonHttp.Response pdf = http.get(campaigns.uri("/api/campaigns/" + campaignId + "/letter?format=pdf"));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertPublishedLetter(pdf.body(), "GET /api/campaigns/{id}/letter?format=pdf");

        // 9. the dashboard: answers counted, every email counted once
        PHASES.begin("9 dashboard: sign-on and email counts");
        JsonNode overview = await("the dashboard's counts for campaign " + campaignId)
                .atMost(SLACK).pollInterval(POLL)
                .until(() -> overviewOf(dashboard, campaignId), row -> row.isPresent()
                        && counts(row.get().path("signOn")).equals(List.of(3, 1, 1, 1))
                        && row.get().path("emails").path("sent").asInt() == 8)
                .orElseThrow();
        assertThat(overview.path("emails").path("failed").asInt()).isZero();
        assertThat(overview.path("country").asString()).isEqualTo("AZ");
        assertThat(overview.path("targetName").asString()).isEqualTo("Emmanuel Macron");
        assertThat(overview.path("status").asString()).isIn("published", "done");
        JsonNode detail = lead.getJson(dashboard.uri("/api/campaigns/" + campaignId));
        Map<String, String> answers = StreamSupport.stream(detail.path("partners").spliterator(), false)
                .collect(Collectors.toMap(partner -> partner.path("partnerId").asString(),
                        partner -> partner.path("answer").asString()));
        assertThat(answers).containsOnly(Map.entry(HRC, "signed"), Map.entry(IPHR, "declined"), Map.entry(NHC, "pending"));

        // 10. after the meeting, the follow-up ends the campaign; and every email went out exactly once
        PHASES.begin("10 follow-up; every email exactly once");
        await("campaign " + campaignId + " done on the campaigns service and the dashboard")
                .atMost(Duration.between(CLOCK.instant(), due.get("follow-up")).plus(SLACK)).pollInterval(POLL)
                .until(() -> http.getJson(campaigns.uri("/api/campaigns/" + campaignId)).path("status").asString()
                        .equals("done")
                        && http.getJson(dashboard.uri("/api/campaigns/" + campaignId)).path("status").asString()
                        .equals("done"));
        JsonNode finalDetail = http.getJson(dashboard.uri("/api/campaigns/" + campaignId));
        assertThat(StreamSupport.stream(finalDetail.path("deadlines").spliterator(), false)
                .collect(Collectors.toMap(d -> d.path("kind").asString(), d -> d.path("status").asString())))
                .containsOnly(Map.entry("sign-on-requests", "reached"), Map.entry("reminder", "reached"),
                        Map.entry("sign-on-closes", "reached"), Map.entry("publication", "reached"),
                        Map.entry("follow-up", "reached"));
        assertThat(counts(finalDetail.path("signOn"))).containsExactly(3, 1, 1, 1);
        assertThat(finalDetail.path("emails").path("sent").asInt()).isEqualTo(8);

        List<ReceivedMail> everything = received();
        assertThat(everything).as("every message the SMTP server received").hasSize(8);
        Map<String, Long> perRecipientAndKind = everything.stream().collect(Collectors.groupingBy(
                mail -> mail.recipient() + " / " + Emails.kind(mail), LinkedHashMap::new, Collectors.counting()));
        assertThat(perRecipientAndKind).as("messages per (recipient, kind)")
                .containsOnly(
                        Map.entry(HRC_EMAIL + " / " + Emails.SIGN_ON_REQUEST, 1L),
                        Map.entry(IPHR_EMAIL + " / " + Emails.SIGN_ON_REQUEST, 1L),
                        Map.entry(NHC_EMAIL + " / " + Emails.SIGN_ON_REQUEST, 1L),
                        Map.entry(NHC_EMAIL + " / " + Emails.REMINDER, 1L),
                        Map.entry(HRC_EMAIL + " / " + Emails.CONFIRMATION, 1L),
                        Map.entry(IPHR_EMAIL + " / " + Emails.CONFIRMATION, 1L),
                        Map.entry(HRC_EMAIL + " / " + Emails.FINAL_LETTER, 1L),
                        Map.entry(TARGET_EMAIL + " / " + Emails.FINAL_LETTER, 1L));
        assertThat(everything).extracting(ReceivedMail::messageId).doesNotHaveDuplicates();
        assertThat(everything).as("a reply to any email reaches the coordinator who entered the meeting, not the sender")
                .allSatisfy(mail -> assertThat(mail.replyTo()).as("Reply-To of " + mail)
                        .isEqualTo(COORDINATOR_EMAIL).isNotEqualToIgnoringCase(mail.from()));

        // 11. what an operator's Prometheus reads of the same campaign
        PHASES.begin("11 metrics: each service's /actuator/prometheus");
        PrometheusScrape outreachMeters = scrape(outreach);
        assertThat(Map.of("sign-on-request", 3.0, "reminder", 1.0, "confirmation", 2.0, "final-letter", 2.0))
                .allSatisfy((kind, sent) -> assertThat(outreachMeters.value("demarche_mail_sent_total{kind=\"" + kind + "\"}"))
                        .as("emails of kind " + kind + " counted as sent").isEqualTo(sent));
        assertThat(outreachMeters.value("demarche_signon_answers_total{answer=\"signed\"}")).isEqualTo(1.0);
        assertThat(outreachMeters.value("demarche_signon_answers_total{answer=\"declined\"}")).isEqualTo(1.0);
        assertThat(outreachMeters.value("demarche_mail_queue{status=\"queued\"}")).isZero();
        assertThat(outreachMeters.value("demarche_mail_smtp_seconds_count{outcome=\"accepted\"}")).isEqualTo(8.0);
        PrometheusScrape campaignsMeters = scrape(campaigns);
        assertThat(List.of("sign-on-requests", "reminder", "sign-on-closes", "publication", "follow-up"))
                .allSatisfy(kind -> assertThat(campaignsMeters.value(
                        "demarche_deadline_lateness_seconds_count{kind=\"" + kind + "\"}")).as("lateness of " + kind)
                        .isEqualTo(1.0));
        assertThat(campaignsMeters.value("demarche_campaigns{status=\"done\"}")).isEqualTo(1.0);
        for (ServiceJvm service : List.of(intake, campaigns, outreach, dashboard)) {
            PrometheusScrape meters = service == outreach ? outreachMeters
                    : service == campaigns ? campaignsMeters : scrape(service);
            assertThat(meters.names()).as(service.name() + "'s meters").containsAll(PrometheusScrape.EVERY_SERVICE)
                    .containsAll(PrometheusScrape.ONCE_RECORDS_FLOWED);
            meters.samples("demarche_").stream().filter(sample -> !sample.contains("_bucket{"))
                    .forEach(sample -> System.out.printf("[e2e] %s %s%n", service.name(), sample));
        }
        stack.requireAllAlive();
        PHASES.end();
    }

    /** The published letter: addressed to President Macron, signed by Human Rights Club's director only. */
    /**
     * The meeting's trace, from the request that entered it, through the outbox, Kafka and the
     * campaign's Quartz deadline, to each email sent: its id is in the log lines of the three
     * services that did the work; outreach's lines are JSON (ECS), as in the container images.
     */
    private static void assertOneTrace(String traceId, String meetingId, String campaignId, ServiceJvm intake,
                                       ServiceJvm campaigns, ServiceJvm outreach) {
        assertThat(linesWith(intake, traceId)).as("intake's log lines in trace " + traceId)
                .anySatisfy(line -> assertThat(line).contains("Meeting " + meetingId + " entered"));
        assertThat(linesWith(campaigns, traceId)).as("campaigns' log lines in trace " + traceId)
                .anySatisfy(line -> assertThat(line).contains("Campaign " + campaignId + " opened"))
                .anySatisfy(line -> assertThat(line).contains("Deadline sign-on-requests of campaign " + campaignId));
        List<String> sent = linesWith(outreach, traceId).stream()
                .filter(line -> line.contains("accepted by the SMTP server")).toList();
        assertThat(sent).as("outreach's log lines of the emails in trace " + traceId).hasSize(3)
                .allSatisfy(line -> assertThat(LOG_LINES.readTree(line).path("traceId").asString())
                        .as("the trace id field of " + line).isEqualTo(traceId));
        System.out.printf("[e2e] trace %s: %d log lines in intake, %d in campaigns, %d in outreach%n", traceId,
                linesWith(intake, traceId).size(), linesWith(campaigns, traceId).size(),
                linesWith(outreach, traceId).size());
    }

    /** As an operator's Prometheus would, with the administrator's account. */
    private PrometheusScrape scrape(ServiceJvm service) {
        JsonHttp.Response response = admin.get(service.uri("/actuator/prometheus"));
        assertThat(response.status()).as(service.name() + "'s /actuator/prometheus").isEqualTo(200);
        return PrometheusScrape.of(response.text());
    }

    private static List<String> linesWith(ServiceJvm service, String text) {
        try (var lines = Files.lines(service.log(), StandardCharsets.UTF_8)) {
            return lines.filter(line -> line.contains(text)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    private static void assertPublishedLetter(byte[] pdf, String what) {
        assertThat(new String(pdf, 0, Math.min(5, pdf.length), StandardCharsets.US_ASCII)).as(what).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).as("text of " + what)
                    .contains("Dear President Macron,", HRC_CONTACT, "Human Rights Club", "15172/13", "Article 46(4)")
                    .doesNotContain(IPHR_CONTACT, NHC_CONTACT);
            assertThat(imageCount(document)).as("images (the handwritten signature) in " + what).isPositive();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + what, e);
        }
    }

    private static int imageCount(PDDocument document) throws IOException {
        int images = 0;
        for (PDPage page : document.getPages()) {
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                    images++;
                }
            }
        }
        return images;
    }

    /** Waits for {@code count} emails of a kind, the step being due at {@code due}; returns those of that kind. */
    private List<ReceivedMail> awaitMail(String kind, int count, Instant due) {
        Duration atMost = Duration.between(CLOCK.instant(), due).plus(SLACK);
        return await(count + " " + kind + " email(s), due at " + due)
                .atMost(atMost.isNegative() ? SLACK : atMost).pollInterval(POLL)
                .until(() -> {
                    stack.requireAllAlive();
                    return received().stream().filter(mail -> Emails.isA(mail, kind)).toList();
                }, mails -> mails.size() >= count);
    }

    private static List<ReceivedMail> received() {
        return mailbox.receivedMail();
    }

    private Optional<JsonNode> campaignOfMeeting(ServiceJvm campaigns, String meetingId) {
        stack.requireAllAlive();
        return StreamSupport.stream(http.getJson(campaigns.uri("/api/campaigns")).spliterator(), false)
                .filter(campaign -> campaign.path("meetingId").asString().equals(meetingId))
                .findFirst();
    }

    private Optional<JsonNode> overviewOf(ServiceJvm dashboard, String campaignId) {
        stack.requireAllAlive();
        return StreamSupport.stream(http.getJson(dashboard.uri("/api/campaigns")).spliterator(), false)
                .filter(row -> row.path("id").asString().equals(campaignId))
                .findFirst();
    }

    static Map<String, Instant> dueTimes(JsonNode campaign) {
        return StreamSupport.stream(campaign.path("deadlines").spliterator(), false)
                .collect(Collectors.toMap(deadline -> deadline.path("kind").asString(),
                        deadline -> Instant.parse(deadline.path("dueAt").asString()), (a, b) -> b, LinkedHashMap::new));
    }

    /** invited, signed, declined, pending. */
    private static List<Integer> counts(JsonNode signOn) {
        return List.of(signOn.path("invited").asInt(), signOn.path("signed").asInt(), signOn.path("declined").asInt(),
                signOn.path("pending").asInt());
    }

    static URI signOnApi(ServiceJvm outreach, String link) {
        return outreach.uri("/api/sign-on/" + ReceivedMail.tokenOf(link));
    }

    /**
     * The meeting's local start in Paris, to the second; moved on by an hour in the rare case that
     * the time falls in a daylight-saving gap or overlap, which intake rightly refuses.
     */
    static ZonedDateTime meetingStart(Instant at) {
        ZoneId zone = ZoneId.of(MEETING_ZONE);
        LocalDateTime local = LocalDateTime.ofInstant(at.truncatedTo(ChronoUnit.SECONDS), zone);
        while (zone.getRules().getValidOffsets(local).size() != 1) {
            local = local.plusHours(1);
        }
        return local.atZone(zone);
    }

    static Map<String, Object> ruling(String caseName, String applicationNo, String judgmentDate,
                                              List<String> articles, String summary) {
        return orderedMap("court", "ECtHR", "caseName", caseName, "applicationNo", applicationNo, "respondent", "AZ",
                "judgmentDate", judgmentDate, "articlesViolated", articles, "summary", summary,
                "url", "https://hudoc.echr.coe.int/");
    }

    static Map<String, Object> orderedMap(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** A handwritten-looking signature, drawn in blue ink on a transparent PNG, as base64. */
    static String signaturePng() {
        BufferedImage image = new BufferedImage(360, 120, BufferedImage.TYPE_INT_ARGB);
        Graphics2D ink = image.createGraphics();
        try {
            ink.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            ink.setColor(new Color(20, 40, 120));
            ink.setStroke(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            Path2D stroke = new Path2D.Double();
            stroke.moveTo(20, 80);
            stroke.curveTo(60, 10, 90, 110, 130, 60);
            stroke.curveTo(170, 20, 200, 100, 240, 50);
            stroke.curveTo(270, 30, 300, 90, 340, 40);
            ink.draw(stroke);
            ink.drawLine(40, 100, 320, 94);
        } finally {
            ink.dispose();
        }
        var png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getEncoder().encodeToString(png.toByteArray());
    }
}
