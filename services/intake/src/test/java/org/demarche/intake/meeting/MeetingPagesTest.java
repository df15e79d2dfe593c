package org.demarche.intake.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

import jakarta.servlet.http.Cookie;

import org.demarche.events.Participant;
import org.demarche.intake.IntakeProperties;
import org.demarche.platform.outbox.Outbox;
import org.demarche.platform.page.PageLanguages;
import org.demarche.platform.security.DemarcheUsers;
import org.demarche.testsupport.SignedIn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The meeting pages alone, without Kafka or PostgreSQL: the platform's web layer (language,
 * header, access rules, sign-in and 403 pages) and the API's own checks ({@link MeetingRegistrar}
 * over a stand-in store), so that every refusal the form shows is the one the API gives. What a
 * form stores and publishes is {@code MeetingPagesIT}'s.
 */
@WebMvcTest(MeetingPageController.class)
class MeetingPagesTest {

    private static final UUID KNOWN = UUID.fromString("8a7c4f4e-2f0e-4c41-9d0d-6d3c8b1f2a11");

    @Autowired
    MockMvc http;

    @MockitoBean
    Meetings meetings;

    @MockitoBean
    Outbox outbox;

    @MockitoBean
    DemarcheUsers users;

    /** The registrar itself, whose checks are the API's; only its store and outbox stand in. */
    @TestConfiguration
    static class RealChecks {

        @Bean
        MeetingRegistrar meetingRegistrar(Meetings meetings, Outbox outbox, Clock clock) {
            return new MeetingRegistrar(meetings, outbox, clock, new IntakeProperties(200, 2));
        }
    }

    @Test
    void theEmptyFormHasALabelForEveryInputTheZonesAndTheHeader() throws Exception {
        Document form = page(http.perform(get("/meetings/new").with(SignedIn.COORDINATOR)));

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
    void aMeetingTheChecksAcceptIsEnteredAndTheListSaysSo() throws Exception {
        String title = "Macron – Aliyev";

        postMeeting(referenceMeeting(title), SignedIn.COORDINATOR)
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/meetings"))
                .andExpect(flash().attribute("flash", containsString(title)));

        verify(meetings).insert(any(), any(), any(), any());
    }

    @Test
    void anUnknownTimeZoneComesBackNextToItsFieldWithEverythingTyped() throws Exception {
        Map<String, String> meeting = referenceMeeting("Macron – Aliyev");
        meeting.put("timeZone", "Europe/Atlantis");

        Document form = refused(postMeeting(meeting, SignedIn.COORDINATOR));

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
        verify(meetings, never()).insert(any(), any(), any(), any());
    }

    @Test
    void aLocalTimeSkippedByTheClocksGoingForwardIsRefusedOnTheForm() throws Exception {
        Map<String, String> meeting = referenceMeeting("Macron – Aliyev");
        meeting.put("startsAt", "2018-03-25T02:30");

        Document form = refused(postMeeting(meeting, SignedIn.COORDINATOR));

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

        Document form = refused(postMeeting(meeting, SignedIn.COORDINATOR));

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

        Document form = refused(postMeeting(meeting, SignedIn.COORDINATOR));

        assertThat(form.selectFirst("#participants-error").text()).contains("at least 2 participants; 1 given");
        assertThat(form.select("#error-summary a").eachAttr("href")).containsExactly("#participant-1-name");
    }

    @Test
    void speaksFrenchToABrowserThatAsksForIt() throws Exception {
        Map<String, String> meeting = referenceMeeting("Macron – Aliyev");
        meeting.put("timeZone", "Europe/Atlantis");
        meeting.put("participant-1-country", "AZE");

        Document form = refused(postMeeting(meeting, SignedIn.COORDINATOR,
                request -> request.header(HttpHeaders.ACCEPT_LANGUAGE, "fr-FR,fr;q=0.9,en;q=0.5")));

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
        MockHttpServletResponse switched = http.perform(get("/meetings").param("lang", "fr").with(SignedIn.COORDINATOR)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk()).andReturn().getResponse();
        Document french = Jsoup.parse(switched.getContentAsString());
        assertThat(french.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(french.selectFirst("h1").text()).isEqualTo("Rencontres");
        assertThat(french.selectFirst("header .languages a[hreflang=en]").attr("href")).isEqualTo("/meetings?lang=en");

        Cookie cookie = switched.getCookie(PageLanguages.COOKIE);
        assertThat(cookie).isNotNull();
        Document later = page(http.perform(get("/meetings/new").with(SignedIn.COORDINATOR).cookie(cookie)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")));
        assertThat(later.selectFirst("html").attr("lang")).isEqualTo("fr");

        Document german = page(http.perform(get("/meetings").param("lang", "de").with(SignedIn.COORDINATOR)));
        assertThat(german.selectFirst("html").attr("lang")).as("a language without bundle").isEqualTo("en");
    }

    @Test
    void aLeadSeesTheMeetingsButNoControlToChangeThemAndCannotPostTheForm() throws Exception {
        Meeting known = knownMeeting("Seen by a lead");
        given(meetings.all()).willReturn(List.of(known));
        given(meetings.find(KNOWN)).willReturn(Optional.of(known));

        Document list = page(http.perform(get("/meetings").with(SignedIn.LEAD)));
        assertThat(list.selectFirst("#enter-a-meeting")).isNull();
        assertThat(list.text()).contains("Seen by a lead", "Fri 20 Jul 2018, 11:00 CEST");
        Document form = page(http.perform(get("/meetings/" + KNOWN + "/edit").with(SignedIn.LEAD)));
        assertThat(form.selectFirst("#enter-meeting")).isNull();
        assertThat(form.selectFirst("#cancel-meeting")).isNull();
        assertThat(form.selectFirst("#title").val()).isEqualTo("Seen by a lead");
        assertThat(page(http.perform(get("/meetings/new").with(SignedIn.LEAD))).selectFirst("#enter-meeting")).isNull();

        postMeeting(referenceMeeting("By a lead"), SignedIn.LEAD).andExpect(status().isForbidden());
        http.perform(post("/meetings/" + KNOWN + "/cancel").param("reason", "no").with(SignedIn.LEAD).with(csrf()))
                .andExpect(status().isForbidden());
        verify(meetings, never()).cancel(any(), any(), any());

        Document asAdmin = page(http.perform(get("/meetings/new").with(SignedIn.ADMIN)));
        assertThat(asAdmin.selectFirst("#enter-meeting")).as("an administrator is a coordinator too").isNotNull();
    }

    @Test
    void aLeadIsToldNoInTheirLanguage() throws Exception {
        Document refused = page(postMeeting(referenceMeeting("By a lead"), SignedIn.LEAD,
                request -> request.cookie(new Cookie(PageLanguages.COOKIE, "fr")))
                .andExpect(status().isForbidden()));

        assertThat(refused.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(refused.selectFirst("#forbidden h1").text()).isEqualTo("Action non autorisée");
    }

    @Test
    void nobodySignedInIsSentToTheSignInPageInTheLanguageTheyChose() throws Exception {
        http.perform(get("/meetings/new")).andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"));

        Document signIn = page(http.perform(get("/login").cookie(new Cookie(PageLanguages.COOKIE, "fr"))));
        assertThat(signIn.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(signIn.selectFirst("h1").text()).isEqualTo("Se connecter à Démarche");
    }

    @Test
    void aFormPostWithoutItsCsrfTokenIsRefused() throws Exception {
        MockHttpServletRequestBuilder withoutToken = post("/meetings").with(SignedIn.COORDINATOR)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED);
        referenceMeeting("No token").forEach(withoutToken::param);

        http.perform(withoutToken).andExpect(status().isForbidden());
        verify(meetings, never()).insert(any(), any(), any(), any());
    }

    @Test
    void anUnknownMeetingIsAPageSayingSo() throws Exception {
        Document gone = page(http.perform(get("/meetings/" + UUID.randomUUID() + "/edit").with(SignedIn.COORDINATOR))
                .andExpect(status().isNotFound()));

        assertThat(gone.selectFirst("#gone").text()).contains("No meeting has this address");
    }

    /** The meeting form as a browser posts it to {@code /meetings}, by {@code who}. */
    private ResultActions postMeeting(Map<String, String> fields, RequestPostProcessor who) throws Exception {
        return postMeeting(fields, who, request -> request);
    }

    /** @param browser what the browser adds: a language it asks for, a cookie it keeps */
    private ResultActions postMeeting(Map<String, String> fields, RequestPostProcessor who,
                                      UnaryOperator<MockHttpServletRequestBuilder> browser) throws Exception {
        return http.perform(browser.apply(form(post("/meetings"), fields).with(who)));
    }

    /** The form sent back refused, 400, as the page shows it. */
    private static Document refused(ResultActions posted) throws Exception {
        return page(posted.andExpect(status().isBadRequest()));
    }

    private static Meeting knownMeeting(String title) {
        return new Meeting(KNOWN, title, "2018-07-20T11:00", "Europe/Paris", Instant.parse("2018-07-20T09:00:00Z"),
                "Paris", List.of(new Participant("Emmanuel Macron", "President of the French Republic", "FR"),
                        new Participant("Ilham Aliyev", "President of the Republic of Azerbaijan", "AZ")),
                Meeting.SCHEDULED, "amina", null);
    }

    /** The reference meeting as the form sends it, rows 2 and 3 left blank. */
    static Map<String, String> referenceMeeting(String title) {
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

    static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, Map<String, String> fields) {
        request.contentType(MediaType.APPLICATION_FORM_URLENCODED).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    static Document page(ResultActions result) throws Exception {
        return Jsoup.parse(result.andReturn().getResponse().getContentAsString());
    }
}
