package org.demarche.intake.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import com.jayway.jsonpath.JsonPath;
import com.sun.net.httpserver.HttpServer;
import org.demarche.events.Topics;
import org.demarche.events.legal.RulingPublished;
import org.demarche.events.meeting.MeetingRescheduled;
import org.demarche.intake.FixedClock;
import org.demarche.intake.calendar.CalendarFixtures;
import org.demarche.testsupport.KafkaTestClient;
import org.demarche.testsupport.RealInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

// the scheduled look for due feeds stays out of the way: the tests poll when they choose, and a
// background poll in between (the fixed clock keeps every new feed due) would take their import
@SpringBootTest(properties = "demarche.intake.feeds.check-every=PT1H")
@AutoConfigureMockMvc
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
@RealInfrastructure
@Import(FixedClock.class)
class FeedPollingIT {

    private static final Path FEEDS = createFolder();
    private static HttpServer server;
    private static final AtomicReference<String> served = new AtomicReference<>();
    private static final List<String> ifNoneMatch = new CopyOnWriteArrayList<>();

    @Autowired
    MockMvc http;

    @Autowired
    KafkaTestClient events;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void feedsFolder(DynamicPropertyRegistry properties) {
        properties.add("demarche.intake.feeds.directory", FEEDS::toString);
    }

    /** A calendar server that answers 304 to a client that has the current version, as Google's and Exchange's do. */
    @BeforeAll
    static void startCalendarServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/calendar.ics", exchange -> {
            String body = served.get();
            String etag = "\"" + Integer.toHexString(body.hashCode()) + "\"";
            String given = exchange.getRequestHeaders().getFirst("If-None-Match");
            ifNoneMatch.add(String.valueOf(given));
            exchange.getResponseHeaders().add("ETag", etag);
            if (etag.equals(given)) {
                exchange.sendResponseHeaders(304, -1);
            } else {
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "text/calendar; charset=utf-8");
                exchange.sendResponseHeaders(200, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
            exchange.close();
        });
        server.start();
    }

    @AfterAll
    static void stopCalendarServer() {
        server.stop(0);
    }

    @Test
    void importsASubscribedCalendarOnlyWhenItChanged() throws Exception {
        served.set(meeting("20271103T100000", 0));
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/calendar.ics";
        String feed = id(http.perform(post("/api/feeds").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"url\": \"" + url + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("ics")));

        poll(feed).andExpect(jsonPath("$.outcome").value("imported"))
                .andExpect(jsonPath("$.result.created").value(1));
        poll(feed).andExpect(jsonPath("$.outcome").value("not-modified"));
        assertThat(ifNoneMatch).as("the second poll sent the ETag back").last().asString().startsWith("\"");

        served.set(meeting("20271104T150000", 1));
        poll(feed).andExpect(jsonPath("$.outcome").value("imported"))
                .andExpect(jsonPath("$.result.updated").value(1));
        var meetingId = jdbc.sql("SELECT meeting_id FROM calendar_entry WHERE uid = 'feed-1@demarche.test'")
                .query(java.util.UUID.class).single();
        assertThat(events.awaitEvent(Topics.MEETINGS, MeetingRescheduled.class, m -> m.meetingId().equals(meetingId),
                Duration.ofSeconds(30)).payload().startsAt()).isEqualTo(Instant.parse("2027-11-04T14:00:00Z"));

        http.perform(get("/api/feeds/" + feed))
                .andExpect(jsonPath("$.lastOutcome").value("imported"))
                .andExpect(jsonPath("$.lastImportId").isNotEmpty());
        http.perform(get("/api/feeds")).andExpect(jsonPath("$[?(@.id == '" + feed + "')].url").value(url));
        http.perform(delete("/api/feeds/" + feed)).andExpect(status().isNoContent());
        http.perform(get("/api/feeds/" + feed)).andExpect(status().isNotFound());
    }

    @Test
    void importsAHudocFileDroppedInTheFeedsFolderOnce() throws Exception {
        Files.writeString(FEEDS.resolve("judgments.json"), """
                {"results": [{"columns": {"itemid": "001-240001", "docname": "CASE OF FEED v. AZERBAIJAN",
                  "appno": "4242/24", "respondent": "AZE", "kpdate": "2026-03-12T00:00:00",
                  "conclusion": "Violation of Article 10 - Freedom of expression-{general}",
                  "ecli": "ECLI:CE:ECHR:2026:0312JUD000424224"}}]}
                """);
        String feed = id(http.perform(post("/api/feeds").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"hudoc\", \"path\": \"judgments.json\"}"))
                .andExpect(status().isCreated()));

        poll(feed).andExpect(jsonPath("$.outcome").value("imported")).andExpect(jsonPath("$.result.imported").value(1));
        poll(feed).andExpect(jsonPath("$.outcome").value("unchanged"));

        assertThat(events.awaitEvent(Topics.RULINGS, RulingPublished.class, r -> r.applicationNo().equals("4242/24"),
                Duration.ofSeconds(30)).payload().articlesViolated()).containsExactly("10");
    }

    @Test
    void refusesAFileOutsideTheFeedsFolderAndAUrlThatIsNotWeb() throws Exception {
        http.perform(post("/api/feeds").contentType(MediaType.APPLICATION_JSON).content("{\"path\": \"../../etc/passwd\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("path"));
        http.perform(post("/api/feeds").contentType(MediaType.APPLICATION_JSON).content("{\"url\": \"file:///etc/passwd\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("url"));
        http.perform(post("/api/feeds").contentType(MediaType.APPLICATION_JSON).content("{\"kind\": \"rss\", \"url\": \"https://example.org\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
    }

    @Test
    void keepsTheReasonWhenAPollFails() throws Exception {
        Files.writeString(FEEDS.resolve("broken.ics"), "this is not a calendar");
        String feed = id(http.perform(post("/api/feeds").contentType(MediaType.APPLICATION_JSON)
                .content("{\"path\": \"broken.ics\"}")));

        poll(feed).andExpect(jsonPath("$.outcome").value("failed"));
        http.perform(get("/api/feeds/" + feed))
                .andExpect(jsonPath("$.lastOutcome").value("failed"))
                .andExpect(jsonPath("$.lastError").value(org.hamcrest.Matchers.containsString("VCALENDAR")));
    }

    private ResultActions poll(String feed) throws Exception {
        return http.perform(post("/api/feeds/" + feed + "/poll")).andExpect(status().isOk());
    }

    private static String meeting(String start, int sequence) {
        return CalendarFixtures.calendar("BEGIN:VEVENT", "UID:feed-1@demarche.test", "SEQUENCE:" + sequence,
                "DTSTART;TZID=Europe/Paris:" + start, "SUMMARY:Macron – Erdoğan", "LOCATION:Paris", "END:VEVENT");
    }

    private static String id(ResultActions created) throws Exception {
        return JsonPath.read(created.andReturn().getResponse().getContentAsString(), "$.id");
    }

    private static Path createFolder() {
        try {
            return Files.createTempDirectory("demarche-feeds");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
