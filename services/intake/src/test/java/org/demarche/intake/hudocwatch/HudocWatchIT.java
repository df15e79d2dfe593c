package org.demarche.intake.hudocwatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.demarche.events.EventEnvelope;
import org.demarche.events.Topics;
import org.demarche.events.legal.ResolutionAdopted;
import org.demarche.events.legal.RulingPublished;
import org.demarche.events.registry.CaseRegistered;
import org.demarche.intake.PublishedEvents;
import org.demarche.intake.opencases.OpenCases;
import org.demarche.testsupport.KafkaEndpoint;
import org.demarche.testsupport.KafkaTestClient;
import org.demarche.testsupport.MutableClock;
import org.demarche.testsupport.RealInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The watcher against local stand-ins for HUDOC and HUDOC-EXEC that answer with recorded pages:
 * it asks about the states of open cases only, pages through the answers, keeps its cursor when a
 * page fails (an HTTP error, a timeout) and asks again at the next poll. The schedule never runs
 * on its own here ({@code check-every} is a day): the test polls, and moves the clock.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
@RealInfrastructure
@Import(HudocWatchIT.TestClock.class)
class HudocWatchIT {

    private static final RecordedHudoc HUDOC = new RecordedHudoc();
    private static final RecordedHudoc EXEC = new RecordedHudoc();
    private static final Instant START = Instant.parse("2027-06-01T06:00:00Z");
    private static final MutableClock CLOCK = new MutableClock(START);
    private static boolean casesRegistered;

    /** The application's clock, which the test moves. */
    @TestConfiguration(proxyBeanMethods = false)
    static class TestClock {
        @Bean
        Clock clock() {
            return CLOCK;
        }
    }

    @DynamicPropertySource
    static void watcher(DynamicPropertyRegistry properties) {
        properties.add("demarche.intake.hudoc-watch.enabled", () -> "true");
        properties.add("demarche.intake.hudoc-watch.hudoc-url", () -> HUDOC.url().toString());
        properties.add("demarche.intake.hudoc-watch.exec-url", () -> EXEC.url().toString());
        properties.add("demarche.intake.hudoc-watch.page-length", () -> "2");
        properties.add("demarche.intake.hudoc-watch.interval", () -> "PT6H");
        properties.add("demarche.intake.hudoc-watch.check-every", () -> "P1D");
        // long enough for any answer on a busy machine; the timeout test holds its answer until this passes
        properties.add("demarche.intake.hudoc-watch.read-timeout", () -> "PT10S");
        properties.add("demarche.intake.hudoc-watch.look-back", () -> "P10Y");
    }

    @Autowired
    MockMvc http;

    @Autowired
    KafkaTestClient events;

    @Autowired
    KafkaEndpoint kafka;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OpenCases openCases;

    @Autowired
    HudocWatcher watcher;

    @Autowired
    WatchCursors cursors;

    @AfterAll
    static void stopServers() {
        HUDOC.close();
        EXEC.close();
    }

    /**
     * Open cases about Azerbaijan, Georgia and Moldova, and one about Turkey that was closed: the
     * registry's events, as campaigns publishes them.
     */
    @BeforeEach
    void registerCases() {
        if (casesRegistered) {
            return;
        }
        register("case-kavala", "TR", "open");
        register("case-kavala", "TR", "closed");
        await().atMost(Duration.ofSeconds(60)).until(() -> "closed".equals(jdbc.sql(
                "SELECT status FROM registered_case WHERE case_id = 'case-kavala'").query(String.class).optional()
                .orElse(null)));
        register("case-mammadova", "AZ", "open");
        register("case-beridze", "GE", "open");
        register("case-platon", "MD", "open");
        await().atMost(Duration.ofSeconds(60)).until(() -> openCases.countries().equals(List.of("AZ", "GE", "MD")));
        casesRegistered = true;
    }

    @Test
    void pagesThroughAStatesDocumentsImportingEachPageAsAnImportRun() throws Exception {
        HUDOC.forgetRequests();
        HUDOC.script("AZE", new RecordedHudoc.Page("aze-judgments-1.json"), new RecordedHudoc.Page("aze-judgments-2.json"),
                new RecordedHudoc.Page("aze-judgments-3.json"));
        EXEC.script("AZE", new RecordedHudoc.Page("aze-execution-1.json"));

        http.perform(post("/api/hudoc-watch/poll"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.source == 'hudoc' && @.state == 'AZE')].outcome").value("imported"))
                .andExpect(jsonPath("$[?(@.source == 'hudoc' && @.state == 'AZE')].pages").value(3))
                .andExpect(jsonPath("$[?(@.source == 'hudoc' && @.state == 'AZE')].imported").value(4))
                .andExpect(jsonPath("$[?(@.source == 'hudoc' && @.state == 'AZE')].duplicates").value(1))
                .andExpect(jsonPath("$[?(@.source == 'hudoc-exec' && @.state == 'AZE')].imported").value(2));

        List<RecordedHudoc.Request> asked = HUDOC.requestsAbout("AZE");
        assertThat(asked).extracting(RecordedHudoc.Request::start).containsExactly(0, 2, 4);
        LocalDate firstDate = LocalDate.ofInstant(CLOCK.instant(), ZoneOffset.UTC).minusYears(10);
        assertThat(asked).allSatisfy(request -> {
            assertThat(request.query()).contains("(respondent:\"AZE\")", "kpdate>=\"" + firstDate + "T00:00:00.0Z\"");
            assertThat(request.params()).containsEntry("sort", "kpdate Ascending").containsEntry("length", "2");
        });
        assertThat(cursor("hudoc", "AZE").from()).isEqualTo(LocalDate.of(2023, 10, 12));
        assertThat(cursor("hudoc-exec", "AZE").from()).isEqualTo(LocalDate.of(2023, 3, 9));

        RulingPublished sadigov = ruling("32213/18");
        assertThat(sadigov.relatedApplicationNos()).containsExactly("32229/18");
        assertThat(sadigov.judgmentDate()).isEqualTo(LocalDate.of(2023, 10, 12));
        assertThat(ruling("4337/15").caseName()).as("English first").isEqualTo("Aghayev v. Azerbaijan");
        assertThat(events.awaitEvent(Topics.RESOLUTIONS, ResolutionAdopted.class,
                r -> r.reference().equals("CM/ResDH(2023)34"), Duration.ofSeconds(30)).payload().kind())
                .isEqualTo("interim-resolution");
        String importId = cursor("hudoc", "AZE").lastImportId().toString();
        http.perform(get("/api/imports/" + importId))
                .andExpect(jsonPath("$.kind").value("hudoc"))
                .andExpect(jsonPath("$.status").value("done"))
                .andExpect(jsonPath("$.source").value(startsWith(HUDOC.url() + "/app/query/results?query=")));

        // the next poll starts from the last page's date: what comes again is a duplicate, announced once
        HUDOC.forgetRequests();
        HUDOC.script("AZE", new RecordedHudoc.Page("aze-judgments-from-2023-10-12.json"));
        http.perform(post("/api/hudoc-watch/poll"))
                .andExpect(jsonPath("$[?(@.source == 'hudoc' && @.state == 'AZE')].imported").value(0))
                .andExpect(jsonPath("$[?(@.source == 'hudoc' && @.state == 'AZE')].duplicates").value(1));
        assertThat(HUDOC.requestsAbout("AZE")).singleElement().satisfies(request -> {
            assertThat(request.start()).isZero();
            assertThat(request.query()).contains("kpdate>=\"2023-10-12T00:00:00.0Z\"");
        });
        assertThat(new PublishedEvents(kafka, jdbc).all(Topics.RULINGS, RulingPublished.class,
                r -> r.applicationNo().equals("32213/18"))).hasSize(1);
    }

    @Test
    void keepsTheCursorAndReportsTheErrorWhenHudocFailsThenAsksAgainAtTheNextPoll() throws Exception {
        HUDOC.script("GEO", new RecordedHudoc.Status(503), new RecordedHudoc.Page("geo-judgments-1.json"));
        HUDOC.forgetRequests();

        List<WatchPoll> first = watcher.pollDue();

        assertThat(first).filteredOn(poll -> poll.source().equals("hudoc") && poll.state().equals("GEO"))
                .singleElement().satisfies(poll -> {
                    assertThat(poll.outcome()).isEqualTo("failed");
                    assertThat(poll.error()).contains("HTTP 503");
                    assertThat(poll.pages()).isZero();
                });
        http.perform(get("/api/hudoc-watch"))
                .andExpect(jsonPath("$.enabled").value(true))
                .andExpect(jsonPath("$.interval").value("PT6H"))
                .andExpect(jsonPath("$.pageLength").value(2))
                .andExpect(jsonPath("$.cursors[?(@.source == 'hudoc' && @.state == 'GEO')].lastOutcome").value("failed"))
                .andExpect(jsonPath("$.cursors[?(@.source == 'hudoc' && @.state == 'GEO')].lastError")
                        .value(org.hamcrest.Matchers.contains(containsString("503"))));
        assertThat(cursor("hudoc", "GEO").from()).as("nothing imported, the cursor stays").isNull();

        assertThat(watcher.pollDue()).as("polled already: due again after the interval").isEmpty();
        assertThat(HUDOC.requestsAbout("GEO")).hasSize(1);

        CLOCK.advance(Duration.ofHours(6));
        List<WatchPoll> next = watcher.pollDue();

        assertThat(next).filteredOn(poll -> poll.source().equals("hudoc") && poll.state().equals("GEO"))
                .singleElement().satisfies(poll -> {
                    assertThat(poll.outcome()).isEqualTo("imported");
                    assertThat(poll.imported()).isEqualTo(1);
                    assertThat(poll.error()).isNull();
                });
        assertThat(HUDOC.requestsAbout("GEO")).extracting(RecordedHudoc.Request::start).containsExactly(0, 0);
        WatchCursor geo = cursor("hudoc", "GEO");
        assertThat(geo.from()).isEqualTo(LocalDate.of(2018, 9, 20));
        assertThat(geo.lastError()).isNull();
        assertThat(ruling("18925/09").caseName()).isEqualTo("Jishkariani v. Georgia");
    }

    @Test
    void reportsATimeoutKeepsTheCursorAndAsksAgainAtTheNextPoll() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        HUDOC.script("MDA", new RecordedHudoc.Held(release, new RecordedHudoc.Page("mda-judgments-1.json")),
                new RecordedHudoc.Page("mda-judgments-1.json"));
        try {
            http.perform(post("/api/hudoc-watch/poll"))
                    .andExpect(jsonPath("$[?(@.source == 'hudoc' && @.state == 'MDA')].outcome").value("failed"))
                    .andExpect(jsonPath("$[?(@.source == 'hudoc' && @.state == 'MDA')].error")
                            .value(org.hamcrest.Matchers.contains(containsString("did not answer within PT10S"))));
        } finally {
            release.countDown();
        }
        assertThat(cursor("hudoc", "MDA").from()).isNull();
        assertThat(cursor("hudoc", "MDA").lastError()).contains("did not answer");

        http.perform(post("/api/hudoc-watch/poll"))
                .andExpect(jsonPath("$[?(@.source == 'hudoc' && @.state == 'MDA')].outcome").value("imported"))
                .andExpect(jsonPath("$[?(@.source == 'hudoc' && @.state == 'MDA')].imported").value(1));
        assertThat(cursor("hudoc", "MDA").from()).isEqualTo(LocalDate.of(2021, 5, 4));
        assertThat(ruling("47137/19").respondent()).isEqualTo("MD");
    }

    @Test
    void keepsTheCursorWhenAnAnswerIsNoHudocResult() throws Exception {
        EXEC.script("GEO", new RecordedHudoc.Body("<html><body>Service temporarily unavailable</body></html>"),
                new RecordedHudoc.Page("geo-execution-1.json"));

        http.perform(post("/api/hudoc-watch/poll"))
                .andExpect(jsonPath("$[?(@.source == 'hudoc-exec' && @.state == 'GEO')].outcome").value("failed"))
                .andExpect(jsonPath("$[?(@.source == 'hudoc-exec' && @.state == 'GEO')].error")
                        .value(org.hamcrest.Matchers.contains(containsString("answered something unreadable"))));
        assertThat(cursor("hudoc-exec", "GEO").from()).isNull();

        http.perform(post("/api/hudoc-watch/poll"))
                .andExpect(jsonPath("$[?(@.source == 'hudoc-exec' && @.state == 'GEO')].outcome").value("imported"))
                .andExpect(jsonPath("$[?(@.source == 'hudoc-exec' && @.state == 'GEO')].imported").value(1));
        assertThat(cursor("hudoc-exec", "GEO").from()).isEqualTo(LocalDate.of(2019, 12, 5));
    }

    @Test
    void asksOnlyAboutTheStatesOfOpenCases() throws Exception {
        http.perform(post("/api/hudoc-watch/poll")).andExpect(status().isOk());

        http.perform(get("/api/hudoc-watch"))
                .andExpect(jsonPath("$.states").value(org.hamcrest.Matchers.contains("AZE", "GEO", "MDA")));
        assertThat(HUDOC.requests()).extracting(RecordedHudoc.Request::state).containsOnly("AZE", "GEO", "MDA")
                .contains("AZE", "GEO", "MDA");
        assertThat(EXEC.requests()).extracting(RecordedHudoc.Request::state).containsOnly("AZE", "GEO", "MDA");
        assertThat(HUDOC.requests()).extracting(RecordedHudoc.Request::query)
                .noneMatch(query -> query.contains("TUR"));
    }

    private WatchCursor cursor(String source, String state) {
        return cursors.find(source, state).orElseThrow();
    }

    private RulingPublished ruling(String applicationNo) {
        return events.awaitEvent(Topics.RULINGS, RulingPublished.class, r -> r.applicationNo().equals(applicationNo),
                Duration.ofSeconds(30)).payload();
    }

    private void register(String caseId, String country, String status) {
        events.send(EventEnvelope.of(new CaseRegistered(caseId, country, caseId.substring(5), status, List.of()),
                "/demarche/campaigns", CLOCK.instant(), null));
    }
}
