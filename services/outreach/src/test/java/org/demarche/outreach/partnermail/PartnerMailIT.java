package org.demarche.outreach.partnermail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.demarche.events.DemarcheEvent;
import org.demarche.events.EventEnvelope;
import org.demarche.events.Topics;
import org.demarche.events.outreach.ReminderRequested;
import org.demarche.events.outreach.SignOnRequested;
import org.demarche.events.response.EmailSent;
import org.demarche.events.response.PartnerSigned;
import org.demarche.outreach.TestClockConfiguration;
import org.demarche.outreach.answer.Images;
import org.demarche.outreach.delivery.MessageKey;
import org.demarche.outreach.delivery.OutboundMessages;
import org.demarche.outreach.signon.SignOnSamples;
import org.demarche.testsupport.KafkaTestClient;
import org.demarche.testsupport.MutableClock;
import org.demarche.testsupport.RealInfrastructure;
import org.demarche.testsupport.ReceivedMail;
import org.demarche.testsupport.SmtpSink;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What partners receive, as their mail client shows it: their language, their zone, a calendar
 * file, headers that providers and clients trust (From the service, Reply-To a person: here the
 * coordinator, else the configured address — {@link ReplyToIT} has the rest,
 * one-click unsubscribe, threading), and what happens after they act on it (opt-out, answer,
 * revocation). "Nothing was sent" is shown by a later message of the same campaign that was.
 */
@SpringBootTest(properties = {"demarche.outreach.dispatch-interval=100ms",
        "demarche.outreach.sender=Démarche <outreach@demarche.example.org>",
        "demarche.outreach.reply-to=" + PartnerMailIT.COALITION})
@AutoConfigureMockMvc
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
@RealInfrastructure
@Import(TestClockConfiguration.class)
class PartnerMailIT {

    static final String COALITION = "Coalition <coalition@demarche.example.org>";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Instant DEADLINE = SignOnSamples.DEADLINE;

    @Autowired
    KafkaTestClient events;

    @Autowired
    SmtpSink smtp;

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    OutboundMessages messages;

    @AfterEach
    void resetClock() {
        clock.set(TestClockConfiguration.START);
    }

    @Test
    void writesInThePartnersLanguageWithTheDeadlineInTheirZoneAndACalendarOfTheDeadlineAndMeeting() throws Exception {
        UUID campaignId = UUID.randomUUID();

        ReceivedMail russian = invite(partner(campaignId, "memorial", "ru", "Europe/Moscow", "AZ"));
        ReceivedMail azerbaijani = invite(partner(campaignId, "hrc-lang", "az", "Asia/Baku", "AZ"));
        ReceivedMail german = invite(partner(campaignId, "ihf", "de", "Europe/Berlin", "AZ"));

        assertThat(russian.subject()).isEqualTo("Просим подписать: Open letter");
        // 09:00 UTC is 12:00 in Moscow and 13:00 in Baku
        assertThat(russian.text()).contains("17 июля 2018 г., 12:00 (Europe/Moscow)").contains("Здравствуйте");
        assertThat(russian.html()).contains("lang=\"ru\"").contains("<strong>17 июля 2018 г., 12:00 (Europe/Moscow)</strong>");
        assertThat(azerbaijani.subject()).isEqualTo("Xahiş edirik, birgə imzalayın: Open letter");
        assertThat(azerbaijani.text()).contains("17 iyul 2018 13:00 (Asia/Baku)").contains("Hörmətli");
        assertThat(german.subject()).as("no German wording: English").isEqualTo("Please co-sign: Open letter");
        assertThat(german.text()).contains("July 17, 2018, 11:00 AM (Europe/Berlin)");

        ReceivedMail.Attachment ics = russian.attachments().stream().filter(a -> a.filename().equals("deadline.ics"))
                .findFirst().orElseThrow();
        assertThat(ics.contentType()).startsWith("text/calendar").contains("method=PUBLISH");
        var calendar = new CalendarBuilder().build(new StringReader(new String(ics.content(), StandardCharsets.UTF_8)));
        List<VEvent> calendarEvents = calendar.getComponents("VEVENT");
        assertThat(calendarEvents).extracting(event -> event.getDateTimeStart().getValue())
                .containsExactly("20180717T090000Z", "20180720T090000Z");
        assertThat(calendarEvents).extracting(event -> event.getSummary().getValue())
                .containsExactly("Закрытие сбора подписей: Open letter", "Встреча: Open letter");
        assertThat(calendarEvents.get(0).getUid().orElseThrow().getValue())
                .isEqualTo(campaignId + "-sign-on-deadline@demarche");
    }

    @Test
    void comesFromTheServiceRepliesToTheCoordinatorAndOffersAOneClickOptOutThatHolds() throws Exception {
        UUID campaignId = UUID.randomUUID();
        SignOnRequested request = partner(campaignId, "opting-out", "en", "Asia/Baku", "AZ");
        var sent = send(request, "sign-on-request");
        ReceivedMail mail = smtp.awaitMessageId(sent.messageId(), WAIT);

        assertThat(mail.header("From")).contains("outreach@demarche.example.org");
        assertThat(mail.header("Reply-To")).isEqualTo("coordinators@example.org");
        assertThat(sent.messageId()).startsWith("<sign-on-request.draft-1.").endsWith("@demarche.example.org>");
        assertThat(mail.header("List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
        String unsubscribe = mail.header("List-Unsubscribe");
        assertThat(unsubscribe).startsWith("<http://localhost:8083/opt-out/").endsWith(">");
        String path = unsubscribe.substring("<http://localhost:8083".length(), unsubscribe.length() - 1);
        assertThat(mail.text()).contains("http://localhost:8083" + path);

        Document page = Jsoup.parse(mvc.perform(get(path)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(page.selectFirst("form button").text()).isEqualTo("Stop these emails");
        assertThat(page.text()).contains("Azerbaijan");
        mvc.perform(post(path).contentType(MediaType.APPLICATION_FORM_URLENCODED).content("List-Unsubscribe=One-Click"))
                .andExpect(status().isOk());

        // a later campaign about the same country does not write to the address; one about another country does
        UUID sameCountry = UUID.randomUUID();
        events.send(envelope(partner(sameCountry, "opting-out", "en", "Asia/Baku", "AZ")));
        send(partner(sameCountry, "marker", "en", "UTC", "AZ"), "sign-on-request");
        UUID otherCountry = UUID.randomUUID();
        var elsewhere = send(partner(otherCountry, "opting-out", "en", "Asia/Baku", "BY"), "sign-on-request");
        assertThat(smtp.mailTo(request.email()))
                .extracting(received -> received.header("Message-ID"))
                .containsExactlyInAnyOrder(sent.messageId(), elsewhere.messageId());
    }

    @Test
    void withoutACoordinatorToReplyToRepliesGoToTheConfiguredAddressBeforeTheLeadPartner() {
        UUID campaignId = UUID.randomUUID();
        SignOnRequested nobodyNamed = withReplies(partner(campaignId, "no-coordinator", "en", "UTC", "AZ"), null);
        SignOnRequested senderNamed = withReplies(partner(campaignId, "sender-named", "en", "UTC", "AZ"),
                "outreach@demarche.example.org");

        for (SignOnRequested request : List.of(nobodyNamed, senderNamed)) {
            ReceivedMail mail = smtp.awaitMessageId(send(request, "sign-on-request").messageId(), WAIT);
            assertThat(mail.header("Reply-To")).as(request.partnerId()).isEqualTo(COALITION);
        }
    }

    @Test
    void threadsTheReminderUnderTheRequestAndSendsNoMoreThanTheConfiguredNumber() {
        UUID campaignId = UUID.randomUUID();
        SignOnRequested request = partner(campaignId, "threaded", "en", "Europe/Paris", "AZ");
        var asked = send(request, "sign-on-request");

        clock.advance(Duration.ofDays(1)); // 09:00 UTC, 11:00 in Paris: no quiet hours
        var reminded = send(reminder(request, 1), "reminder");
        send(reminder(request, 2), null); // over demarche.outreach.max-reminders (1)
        send(partner(campaignId, "marker", "en", "UTC", "AZ"), "sign-on-request");

        ReceivedMail reminder = smtp.awaitMessageId(reminded.messageId(), WAIT);
        assertThat(reminder.header("In-Reply-To")).isEqualTo(asked.messageId());
        assertThat(reminder.header("References")).isEqualTo(asked.messageId());
        assertThat(reminder.attachments()).extracting(ReceivedMail.Attachment::filename).containsExactly("deadline.ics");
        assertThat(messages.countNotCancelled(campaignId, "threaded", MessageKey.REMINDER)).as("one reminder queued")
                .isEqualTo(1);
        assertThat(smtp.mailTo(request.email())).as("request and one reminder").hasSize(2);
    }

    @Test
    void foldsAnOverdueReminderIntoTheRequestOfAPartnerAddedLate() {
        UUID campaignId = UUID.randomUUID();
        SignOnRequested late = partner(campaignId, "late", "en", "Europe/Paris", "AZ");

        events.send(envelope(late));
        events.send(envelope(reminder(late, 1)));
        EmailSent request = awaitSent(campaignId, "late", "sign-on-request");
        // a later request of the campaign: once it is out, the reminder before it has been handled
        send(partner(campaignId, "marker", "en", "UTC", "AZ"), "sign-on-request");

        assertThat(messages.countNotCancelled(campaignId, "late", MessageKey.REMINDER)).as("no reminder queued")
                .isZero();
        smtp.awaitMessageId(request.messageId(), WAIT);
        assertThat(smtp.mailTo(late.email())).as("one consolidated request")
                .singleElement().satisfies(mail -> {
                    assertThat(mail.subject()).startsWith("Please co-sign");
                    assertThat(mail.header("Message-ID")).isEqualTo(request.messageId());
                });
    }

    @Test
    void confirmsAnAnonymousSignatureByEmailWithTheLinkToChangeIt() throws Exception {
        UUID campaignId = UUID.randomUUID();
        SignOnRequested request = partner(campaignId, "at-risk", "fr", "Europe/Paris", "AZ");
        String token = invite(request).signOnToken();

        mvc.perform(multipart("/sign/{token}", token)
                        .file(new MockMultipartFile("signatureImage", "s.png", "image/png", Images.signaturePng()))
                        .param("decision", "sign").param("name", "Anna").param("organisation", "At Risk")
                        .param("anonymous", "true"))
                .andExpect(status().isOk());

        PartnerSigned signed = events.awaitEvent(Topics.RESPONSES, PartnerSigned.class,
                e -> e.campaignId().equals(campaignId), WAIT).payload();
        assertThat(signed.anonymous()).isTrue();
        assertThat(signed.signatureImage()).as("no handwriting kept").isNull();
        var confirmation = events.awaitEvent(Topics.RESPONSES, EmailSent.class,
                e -> e.campaignId().equals(campaignId) && e.kind().equals("confirmation"), WAIT).payload();
        ReceivedMail mail = smtp.awaitMessageId(confirmation.messageId(), WAIT);
        assertThat(mail.subject()).isEqualTo("Votre réponse est enregistrée : Open letter");
        assertThat(mail.text()).contains("sans être nommée").contains("17 juillet 2018 11:00 (Europe/Paris)");
        Document page = Jsoup.parse(mvc.perform(get("/sign/{token}", mail.signOnToken())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(page.selectFirst(".notice").text()).contains("sans être nommés");
        assertThat(page.selectFirst("#anonymous").hasAttr("checked")).isTrue();
    }

    @Test
    void aRevokedLinkOpensAFriendlyPageInThePartnersLanguageAndNothingMoreIsSent() throws Exception {
        UUID campaignId = UUID.randomUUID();
        SignOnRequested request = partner(campaignId, "leaked", "ru", "Europe/Moscow", "AZ");
        String token = invite(request).signOnToken();

        mvc.perform(post("/api/sign-on/revocations").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"campaignId\": \"" + campaignId + "\", \"partnerId\": \"leaked\", "
                                + "\"reason\": \"link forwarded to a journalist\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.partnerId").value("leaked"))
                .andExpect(jsonPath("$.reason").value("link forwarded to a journalist"));
        mvc.perform(post("/api/sign-on/revocations").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"campaignId\": \"not-a-uuid\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("campaignId"))
                .andExpect(jsonPath("$.errors[1].field").value("partnerId"));

        String page = mvc.perform(get("/sign/{token}", token)).andExpect(status().isGone())
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(page).selectFirst("html").attr("lang")).isEqualTo("ru");
        assertThat(Jsoup.parse(page).selectFirst("h1").text()).isEqualTo("Ссылка отозвана");
        assertThat(page).doesNotContain("Exception");
        mvc.perform(get("/api/sign-on/{token}", token)).andExpect(status().isGone())
                .andExpect(jsonPath("$.title").value("Sign-on link withdrawn"));

        clock.advance(Duration.ofDays(1));
        events.send(envelope(reminder(request, 1)));
        send(partner(campaignId, "marker", "en", "UTC", "AZ"), "sign-on-request");
        assertThat(messages.countNotCancelled(campaignId, "leaked", MessageKey.REMINDER)).as("no reminder queued")
                .isZero();
        assertThat(smtp.mailTo(request.email())).as("only the first request").hasSize(1);
    }

    @Test
    void showsThePageInRussianAndAzerbaijani() throws Exception {
        UUID campaignId = UUID.randomUUID();
        for (String language : List.of("ru", "az")) {
            String token = invite(partner(campaignId, "page-" + language, language, "Asia/Baku", "AZ")).signOnToken();
            Document page = Jsoup.parse(mvc.perform(get("/sign/{token}", token)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString());
            assertThat(page.selectFirst("html").attr("lang")).isEqualTo(language);
            assertThat(page.selectFirst("#sign-heading").text())
                    .isEqualTo(language.equals("ru") ? "Подписать письмо" : "Məktubu imzalayın");
            assertThat(page.select("label[for=anonymous]")).hasSize(1);
        }
    }

    private ReceivedMail invite(SignOnRequested request) {
        return smtp.awaitMessageId(send(request, "sign-on-request").messageId(), WAIT);
    }

    /** Sends the event and, unless {@code kind} is null, waits for the email it causes to be sent. */
    private EmailSent send(DemarcheEvent event, String kind) {
        if (kind == null) {
            requests().send(event);
            return null;
        }
        return requests().sendAndAwaitSent(event, kind);
    }

    private EmailSent awaitSent(UUID campaignId, String partnerId, String kind) {
        return requests().awaitSent(campaignId, partnerId, kind);
    }

    private <E extends DemarcheEvent> EventEnvelope<E> envelope(E event) {
        return requests().envelope(event);
    }

    private CampaignRequests requests() {
        return new CampaignRequests(events, clock, WAIT);
    }

    private static SignOnRequested partner(UUID campaignId, String partnerId, String language, String zone,
                                           String country) {
        return new SignOnRequested(campaignId, partnerId, "Organisation " + partnerId, "Contact " + partnerId,
                partnerId + "@partners.example.org", language, zone, "Open letter", 1, "Dear Mr President, …", DEADLINE,
                Instant.parse("2018-07-20T09:00:00Z"), "Europe/Paris", "coordinators@example.org", country);
    }

    /** The request with this coordinator's address (null: none) and a lead partner's contact. */
    private static SignOnRequested withReplies(SignOnRequested request, String coordinator) {
        return new SignOnRequested(request.campaignId(), request.partnerId(), request.organisation(),
                request.contactName(), request.email(), request.language(), request.timeZone(), request.campaignTitle(),
                request.draftVersion(), request.draftText(), request.signOnDeadline(), request.meetingStartsAt(),
                request.meetingTimeZone(), coordinator, request.country(), null, "director@hrclub.example");
    }

    private static ReminderRequested reminder(SignOnRequested invited, int number) {
        return new ReminderRequested(invited.campaignId(), invited.partnerId(), invited.contactName(), invited.email(),
                invited.language(), invited.timeZone(), invited.campaignTitle(), invited.signOnDeadline(), number,
                invited.country());
    }
}
