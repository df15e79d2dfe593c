package org.demarche.intake.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.demarche.events.Topics;
import org.demarche.events.meeting.MeetingCancelled;
import org.demarche.events.meeting.MeetingRescheduled;
import org.demarche.events.meeting.MeetingScheduled;
import org.demarche.platform.page.PageLanguages;
import org.demarche.testsupport.KafkaTestClient;
import org.demarche.testsupport.RealInfrastructure;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Coordinators' meeting pages, as a browser uses them: form posts with the CSRF token Thymeleaf
 * puts in every form, redirects after success, the form again with the API's refusals next to
 * their fields, in English or French; leads look but cannot change.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RealInfrastructure
class MeetingPagesIT {

    private static final RequestPostProcessor COORDINATOR = user("coordinator").roles("COORDINATOR");
    private static final RequestPostProcessor LEAD = user("lead").roles("LEAD");
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    MockMvc http;

    @Autowired
    KafkaTestClient events;

    @Test
    void enteringAMeetingThroughTheFormPublishesItAndRedirectsToTheListWithAMessage() throws Exception {
        String title = "Macron – Aliyev " + UUID.randomUUID();

        String flashMessage = (String) http.perform(form(post("/meetings"), referenceMeeting(title)).with(COORDINATOR))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/meetings"))
                .andExpect(flash().attribute("flash", allOf(containsString(title), containsString("was entered"),
                        containsString("registered target"), containsString("open cases"))))
                .andReturn().getFlashMap().get("flash");

        var scheduled = events.awaitEvent(Topics.MEETINGS, MeetingScheduled.class, m -> m.title().equals(title), WAIT)
                .payload();
        assertThat(scheduled.startsAt()).isEqualTo(Instant.parse("2018-07-20T09:00:00Z"));
        assertThat(scheduled.timeZone()).isEqualTo("Europe/Paris");
        assertThat(scheduled.enteredBy()).as("the coordinator who sent the form").isEqualTo("coordinator");
        assertThat(scheduled.participants()).extracting("country").containsExactly("FR", "AZ");

        Document list = page(http.perform(get("/meetings").with(COORDINATOR).flashAttr("flash", flashMessage)));
        assertThat(list.selectFirst("#flash")).isNotNull();
        assertThat(list.selectFirst("#flash").attr("role")).isEqualTo("status");
        assertThat(list.selectFirst("#flash").text()).contains(title);
        Element row = list.select("table.meetings tbody tr").stream()
                .filter(tr -> tr.text().contains(title)).findFirst().orElseThrow();
        assertThat(row.text()).contains("Europe/Paris", "Paris", "Emmanuel Macron (FR)", "Ilham Aliyev (AZ)", "Scheduled");
        assertThat(row.selectFirst("a.edit").attr("href")).isEqualTo("/meetings/" + scheduled.meetingId() + "/edit");
        assertThat(list.selectFirst("a#enter-a-meeting").attr("href")).isEqualTo("/meetings/new");
    }

    @Test
    void theEmptyFormHasALabelForEveryInputAndTheZonesToChooseFrom() throws Exception {
        Document form = page(http.perform(get("/meetings/new").with(COORDINATOR)));

        assertThat(form.select("#meeting-form #title, #startsAt, #timeZone, #city, #participant-3-country")).hasSize(5);
        assertThat(form.selectFirst("#startsAt").attr("type")).isEqualTo("datetime-local");
        assertThat(form.select("#time-zones option").eachAttr("value")).contains("Europe/Paris", "Asia/Baku").isSorted();
        for (Element input : form.select("#meeting-form input:not([type=hidden]), textarea")) {
            assertThat(form.select("label[for=" + input.id() + "]")).as("label of #%s", input.id()).hasSize(1);
        }
        assertThat(form.select("input[name=_csrf]")).as("Thymeleaf's CSRF field in each form").isNotEmpty();
        assertThat(form.select("header nav.areas a").eachAttr("href")).containsExactly("http://localhost:8080/",
                "/meetings", "/imports", "http://localhost:8082/campaigns", "http://localhost:8082/registry",
                "http://localhost:8080/audit");
        assertThat(form.select("header nav.areas a[aria-current=page]").eachAttr("data-area")).containsExactly("meetings");
        assertThat(form.selectFirst("a.skip").attr("href")).isEqualTo("#main");
        assertThat(form.select("main#main, footer")).hasSize(2);
        assertThat(form.selectFirst("#enter-meeting")).isNotNull();
    }

    @Test
    void anUnknownTimeZoneComesBackNextToItsFieldWithEverythingTyped() throws Exception {
        Map<String, String> meeting = referenceMeeting("Macron – Aliyev");
        meeting.put("timeZone", "Europe/Atlantis");

        Document form = page(http.perform(form(post("/meetings"), meeting).with(COORDINATOR))
                .andExpect(status().isBadRequest()));

        assertThat(form.selectFirst("#timeZone-error").text()).contains("“Europe/Atlantis” is not a known time zone");
        assertThat(form.selectFirst("#timeZone").attr("aria-invalid")).isEqualTo("true");
        assertThat(form.selectFirst("#timeZone").attr("aria-describedby")).contains("timeZone-error");
        assertThat(form.selectFirst("#timeZone").val()).isEqualTo("Europe/Atlantis");
        assertThat(form.selectFirst("#title").val()).isEqualTo("Macron – Aliyev");
        assertThat(form.selectFirst("#participant-1-name").val()).isEqualTo("Ilham Aliyev");
        Element summary = form.selectFirst("#error-summary");
        assertThat(summary.attr("role")).isEqualTo("alert");
        assertThat(summary.select("a").eachAttr("href")).containsExactly("#timeZone");
        assertThat(form.selectFirst("#title").hasAttr("aria-invalid")).as("a valid field is not marked").isFalse();
    }

    @Test
    void aLocalTimeSkippedByTheClocksGoingForwardIsRefusedOnTheForm() throws Exception {
        Map<String, String> meeting = referenceMeeting("Macron – Aliyev");
        meeting.put("startsAt", "2018-03-25T02:30");

        Document form = page(http.perform(form(post("/meetings"), meeting).with(COORDINATOR))
                .andExpect(status().isBadRequest()));

        assertThat(form.selectFirst("#startsAt-error").text())
                .contains("02:30 on 2018-03-25 does not exist in Europe/Paris", "from 02:00 to 03:00");
        assertThat(form.selectFirst("#startsAt").val()).isEqualTo("2018-03-25T02:30");
        assertThat(form.select("#error-summary a").eachAttr("href")).containsExactly("#startsAt");
    }

    @Test
    void aMissingCountryIsShownOnTheRowWhereItIsMissingWhateverBlankRowsComeBefore() throws Exception {
        Map<String, String> meeting = referenceMeeting("Macron – Aliyev");
        meeting.put("participant-1-name", "");
        meeting.put("participant-1-title", "");
        meeting.put("participant-1-country", "");
        meeting.put("participant-2-name", "Ilham Aliyev");
        meeting.put("participant-2-country", "");

        Document form = page(http.perform(form(post("/meetings"), meeting).with(COORDINATOR))
                .andExpect(status().isBadRequest()));

        assertThat(form.selectFirst("#participant-2-country-error").text()).contains("Enter this participant’s country");
        assertThat(form.selectFirst("#participant-2-country").attr("aria-invalid")).isEqualTo("true");
        assertThat(form.selectFirst("#participant-1-country-error")).isNull();
        assertThat(form.select("#error-summary a").eachAttr("href")).containsExactly("#participant-2-country");
        assertThat(form.selectFirst("#error-summary a").text()).startsWith("Participant 3, country:");
    }

    @Test
    void tooFewParticipantsPointsToTheFirstEmptyRow() throws Exception {
        Map<String, String> meeting = referenceMeeting("Macron alone");
        meeting.put("participant-1-name", "");
        meeting.put("participant-1-title", "");
        meeting.put("participant-1-country", "");

        Document form = page(http.perform(form(post("/meetings"), meeting).with(COORDINATOR))
                .andExpect(status().isBadRequest()));

        assertThat(form.selectFirst("#participants-error").text()).contains("at least 2 participants; 1 given");
        assertThat(form.select("#error-summary a").eachAttr("href")).containsExactly("#participant-1-name");
    }

    @Test
    void speaksFrenchToABrowserThatAsksForIt() throws Exception {
        Map<String, String> meeting = referenceMeeting("Macron – Aliyev");
        meeting.put("timeZone", "Europe/Atlantis");
        meeting.put("participant-1-country", "AZE");

        Document form = page(http.perform(form(post("/meetings"), meeting).with(COORDINATOR)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "fr-FR,fr;q=0.9,en;q=0.5"))
                .andExpect(status().isBadRequest()));

        assertThat(form.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(form.selectFirst("label[for=title]").text()).isEqualTo("Intitulé");
        assertThat(form.selectFirst("label[for=timeZone]").text()).isEqualTo("Fuseau horaire");
        assertThat(form.selectFirst("#timeZone-error").text()).contains("n’est pas un fuseau horaire connu");
        assertThat(form.selectFirst("#participant-1-country-error").text())
                .contains("« AZE » n’est pas un code pays ISO à deux lettres");
        assertThat(form.selectFirst("#error-summary h2").text()).contains("n’a pas été enregistrée");
        assertThat(form.selectFirst("#enter-meeting").text()).isEqualTo("Enregistrer la rencontre");
    }

    @Test
    void theLanguageCanBeSwitchedAndStaysSwitched() throws Exception {
        MockHttpServletResponse switched = http.perform(get("/meetings").param("lang", "fr").with(COORDINATOR)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk()).andReturn().getResponse();
        Document french = Jsoup.parse(switched.getContentAsString());
        assertThat(french.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(french.selectFirst("h1").text()).isEqualTo("Rencontres");
        assertThat(french.selectFirst("header .languages a[hreflang=en]").attr("href")).isEqualTo("/meetings?lang=en");

        var cookie = switched.getCookie(PageLanguages.COOKIE);
        assertThat(cookie).isNotNull();
        Document later = page(http.perform(get("/meetings/new").with(COORDINATOR).cookie(cookie)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")));
        assertThat(later.selectFirst("html").attr("lang")).isEqualTo("fr");

        Document german = page(http.perform(get("/meetings").param("lang", "de").with(COORDINATOR)));
        assertThat(german.selectFirst("html").attr("lang")).as("a language without bundle").isEqualTo("en");
    }

    @Test
    void aLeadSeesTheMeetingsButNoControlToChangeThemAndCannotPostTheForm() throws Exception {
        String title = "Seen by a lead " + UUID.randomUUID();
        UUID id = enterThroughTheForm(title);

        Document list = page(http.perform(get("/meetings").with(LEAD)));
        assertThat(list.selectFirst("#enter-a-meeting")).isNull();
        assertThat(list.text()).contains(title);
        Document form = page(http.perform(get("/meetings/" + id + "/edit").with(LEAD)));
        assertThat(form.selectFirst("#enter-meeting")).isNull();
        assertThat(form.selectFirst("#cancel-meeting")).isNull();
        assertThat(form.selectFirst("#title").val()).isEqualTo(title);
        assertThat(page(http.perform(get("/meetings/new").with(LEAD))).selectFirst("#enter-meeting")).isNull();

        http.perform(form(post("/meetings"), referenceMeeting("By a lead")).with(LEAD))
                .andExpect(status().isForbidden());
        http.perform(post("/meetings/" + id + "/cancel").param("reason", "no").with(LEAD).with(csrf()))
                .andExpect(status().isForbidden());

        Document asAdmin = page(http.perform(get("/meetings/new").with(user("admin").roles("ADMIN"))));
        assertThat(asAdmin.selectFirst("#enter-meeting")).as("an administrator is a coordinator too").isNotNull();
    }

    @Test
    void aFormPostWithoutItsCsrfTokenIsRefused() throws Exception {
        MockHttpServletRequestBuilder withoutToken = post("/meetings").with(COORDINATOR)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED);
        referenceMeeting("No token").forEach(withoutToken::param);

        http.perform(withoutToken).andExpect(status().isForbidden());
    }

    @Test
    void movingAMeetingFromItsPagePublishesMeetingRescheduled() throws Exception {
        String title = "To be moved " + UUID.randomUUID();
        UUID id = enterThroughTheForm(title);
        Document edit = page(http.perform(get("/meetings/" + id + "/edit").with(COORDINATOR)));
        assertThat(edit.selectFirst("#meeting-form").attr("action")).isEqualTo("/meetings/" + id);
        assertThat(edit.selectFirst("#startsAt").val()).isEqualTo("2018-07-20T11:00");
        Map<String, String> moved = referenceMeeting(title);
        moved.put("startsAt", "2018-07-21T15:30");
        moved.put("city", "Versailles");

        http.perform(form(post("/meetings/" + id), moved).with(COORDINATOR))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/meetings"))
                .andExpect(flash().attribute("flash", containsString("was changed")));

        var rescheduled = events.awaitEvent(Topics.MEETINGS, MeetingRescheduled.class, m -> m.meetingId().equals(id), WAIT)
                .payload();
        assertThat(rescheduled.startsAt()).isEqualTo(Instant.parse("2018-07-21T13:30:00Z"));
        assertThat(rescheduled.city()).isEqualTo("Versailles");
        assertThat(rescheduled.previousStartsAt()).isEqualTo(Instant.parse("2018-07-20T09:00:00Z"));

        moved.put("startsAt", "2018-10-28T02:30");
        Document refused = page(http.perform(form(post("/meetings/" + id), moved).with(COORDINATOR))
                .andExpect(status().isBadRequest()));
        assertThat(refused.selectFirst("#startsAt-error").text()).contains("happens twice in Europe/Paris");
    }

    @Test
    void cancellingAMeetingFromItsPagePublishesMeetingCancelledWithTheReason() throws Exception {
        String title = "To be cancelled " + UUID.randomUUID();
        UUID id = enterThroughTheForm(title);

        http.perform(post("/meetings/" + id + "/cancel").param("reason", "Visit postponed").with(COORDINATOR).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/meetings"))
                .andExpect(flash().attribute("flash", containsString("was cancelled")));

        var cancelled = events.awaitEvent(Topics.MEETINGS, MeetingCancelled.class, m -> m.meetingId().equals(id), WAIT)
                .payload();
        assertThat(cancelled.reason()).isEqualTo("Visit postponed");
        Document edit = page(http.perform(get("/meetings/" + id + "/edit").with(COORDINATOR)));
        assertThat(edit.selectFirst("#enter-meeting")).as("a cancelled meeting stays cancelled").isNull();
        http.perform(form(post("/meetings/" + id), referenceMeeting(title)).with(COORDINATOR))
                .andExpect(status().isConflict());
    }

    @Test
    void anUnknownMeetingIsAPageSayingSo() throws Exception {
        Document gone = page(http.perform(get("/meetings/" + UUID.randomUUID() + "/edit").with(COORDINATOR))
                .andExpect(status().isNotFound()));

        assertThat(gone.selectFirst("#gone").text()).contains("No meeting has this address");
    }

    @Test
    void theHomePageLeadsToMeetingsAndImports() throws Exception {
        Document home = page(http.perform(get("/").with(LEAD)));

        assertThat(home.selectFirst("#home-meetings").attr("href")).isEqualTo("/meetings");
        assertThat(home.selectFirst("#home-imports").attr("href")).isEqualTo("/imports");
        Element signOut = home.selectFirst("form.sign-out");
        assertThat(signOut.attr("action")).isEqualTo("/logout");
        assertThat(signOut.attr("method")).isEqualTo("post");
        assertThat(signOut.select("input[name=_csrf]")).hasSize(1);
    }

    private UUID enterThroughTheForm(String title) throws Exception {
        http.perform(form(post("/meetings"), referenceMeeting(title)).with(COORDINATOR)).andExpect(status().isFound());
        return events.awaitEvent(Topics.MEETINGS, MeetingScheduled.class, m -> m.title().equals(title), WAIT)
                .payload().meetingId();
    }

    /** The reference meeting as the form sends it, rows 2 and 3 left blank. */
    private static Map<String, String> referenceMeeting(String title) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("startsAt", "2018-07-20T11:00");
        fields.put("timeZone", "Europe/Paris");
        fields.put("city", "Paris");
        fields.put("participant-0-name", "Emmanuel Macron");
        fields.put("participant-0-title", "President of the French Republic");
        fields.put("participant-0-country", "FR");
        fields.put("participant-1-name", "Ilham Aliyev");
        fields.put("participant-1-title", "President of the Republic of Azerbaijan");
        fields.put("participant-1-country", "AZ");
        for (int row = 2; row < 4; row++) {
            fields.put("participant-" + row + "-name", "");
            fields.put("participant-" + row + "-title", "");
            fields.put("participant-" + row + "-country", "");
        }
        return fields;
    }

    private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, Map<String, String> fields) {
        request.contentType(MediaType.APPLICATION_FORM_URLENCODED).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    private static Document page(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return Jsoup.parse(result.andReturn().getResponse().getContentAsString());
    }
}
