package org.demarche.outreach.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.demarche.events.DemarcheEvent;
import org.demarche.events.EventEnvelope;
import org.demarche.events.Topics;
import org.demarche.events.outreach.ReminderRequested;
import org.demarche.events.outreach.SignOnRequested;
import org.demarche.events.response.EmailSent;
import org.demarche.outreach.TestClockConfiguration;
import org.demarche.outreach.delivery.MessageKey;
import org.demarche.outreach.delivery.OutboundMessages;
import org.demarche.outreach.signon.SignOnSamples;
import org.demarche.testsupport.KafkaTestClient;
import org.demarche.testsupport.MutableClock;
import org.demarche.testsupport.RealInfrastructure;
import org.demarche.testsupport.ReceivedMail;
import org.demarche.testsupport.SmtpSink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Reminders go to partners who have not answered, once per reminder number, and wait out the
 * partner's quiet hours. "Nothing was sent" is established by a later message to another partner
 * of the same campaign: requests of a campaign are handled in order and the queue is sent oldest
 * first, so once that one is out, an earlier reminder would have been too.
 */
// two reminders allowed; each test moves the clock past the gap in which a reminder folds into the request
@SpringBootTest(properties = {"demarche.outreach.dispatch-interval=100ms", "demarche.outreach.max-reminders=2"})
@AutoConfigureMockMvc
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
@RealInfrastructure
@Import(TestClockConfiguration.class)
class ReminderIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    SmtpSink smtp;

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    KafkaTestClient events;

    @Autowired
    OutboundMessages messages;

    @BeforeEach
    void connect() {
        smtp.reset();
    }

    @AfterEach
    void disconnect() {
        clock.set(TestClockConfiguration.START);
    }

    @Test
    void remindsOnlyThePartnerWhoHasNotAnsweredAndOnlyOnce() throws Exception {
        UUID campaignId = UUID.randomUUID();
        SignOnRequested answered = SignOnSamples.humanRightsClub(campaignId);
        SignOnRequested silent = SignOnSamples.partnershipForHumanRights(campaignId);
        String answeredToken = invite(answered);
        invite(silent);
        mvc.perform(post("/api/sign-on/{token}", answeredToken).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\": \"decline\"}"))
                .andExpect(status().isOk());
        events.awaitEvent(Topics.RESPONSES, EmailSent.class, e -> e.campaignId().equals(campaignId)
                && e.partnerId().equals(answered.partnerId()) && e.kind().equals("confirmation"), WAIT);
        smtp.reset();
        clock.advance(Duration.ofDays(1)); // a day later, campaigns reminds

        var reminderOfSilent = envelope(reminder(silent, 1));
        send(reminder(answered, 1));
        events.send(reminderOfSilent);
        events.send(reminderOfSilent); // delivered twice
        send(reminder(silent, 1)); // and published again under a new event id
        sendMarker(campaignId);

        smtp.awaitMessages(2, WAIT); // the reminder and the marker
        assertThat(messages.countNotCancelled(campaignId, answered.partnerId(), MessageKey.REMINDER))
                .as("no reminder queued for the partner who answered").isZero();
        assertThat(messages.countNotCancelled(campaignId, silent.partnerId(), MessageKey.REMINDER))
                .as("one reminder queued, however often it was asked for").isEqualTo(1);
        assertThat(smtp.mailTo(answered.email())).as("the partner who answered gets no reminder").isEmpty();
        List<ReceivedMail> reminders = smtp.mailTo(silent.email());
        assertThat(reminders).as("one reminder, however often it was asked for").hasSize(1);
        ReceivedMail mail = reminders.get(0);
        assertThat(mail.subject()).as("in the partner's language").startsWith("Rappel");
        // 09:00 UTC is 11:00 in Brussels; the date in the partner's language
        assertThat(mail.text()).contains("17 juillet 2018").contains("11:00").contains("(Europe/Brussels)");
        assertThat(mail.html()).contains("href=\"" + mail.signOnLink() + "\"");
        mvc.perform(get("/api/sign-on/{token}", mail.signOnToken())).andExpect(status().isOk());

        var reported = events.awaitEvent(Topics.RESPONSES, EmailSent.class,
                e -> e.campaignId().equals(campaignId) && e.kind().equals("reminder"), WAIT).payload();
        assertThat(reported.partnerId()).isEqualTo(silent.partnerId());
    }

    @Test
    void sendsASecondReminderUnderItsOwnNumber() {
        UUID campaignId = UUID.randomUUID();
        SignOnRequested silent = SignOnSamples.humanRightsClub(campaignId);
        invite(silent);
        smtp.reset();
        clock.advance(Duration.ofDays(1));

        send(reminder(silent, 1));
        send(reminder(silent, 2));

        // this partner's two reminders, whatever else the shared sink receives meanwhile
        assertThat(smtp.awaitMailTo(silent.email(), 2, WAIT)).hasSize(2);
    }

    @Test
    void holdsAReminderDueInThePartnersNightUntilTheirMorning() {
        UUID campaignId = UUID.randomUUID();
        SignOnRequested baku = SignOnSamples.humanRightsClub(campaignId);
        invite(baku);
        smtp.reset();

        clock.set(Instant.parse("2018-07-12T18:00:00Z")); // 22:00 in Baku, 20:00 in Brussels
        send(reminder(baku, 1));
        sendMarker(campaignId);
        smtp.awaitMessages(1, WAIT); // the marker
        assertThat(smtp.mailTo(baku.email())).as("no reminder at 22:00 in Baku").isEmpty();

        clock.set(Instant.parse("2018-07-13T04:00:00Z")); // 08:00 in Baku

        var reminder = events.awaitEvent(Topics.RESPONSES, EmailSent.class,
                e -> e.campaignId().equals(campaignId) && e.kind().equals("reminder"), WAIT).payload();
        assertThat(reminder.sentAt()).isEqualTo(Instant.parse("2018-07-13T04:00:00Z"));
    }

    /** Invites the partner as campaigns would; returns the token of the link the partner received. */
    private String invite(SignOnRequested request) {
        send(request);
        var sent = events.awaitEvent(Topics.RESPONSES, EmailSent.class,
                e -> e.campaignId().equals(request.campaignId()) && e.partnerId().equals(request.partnerId())
                        && e.kind().equals("sign-on-request"), WAIT);
        return smtp.awaitMessageId(sent.payload().messageId(), WAIT).signOnToken();
    }

    /** A sign-on request to a third partner of the same campaign, which no quiet hours hold back. */
    private void sendMarker(UUID campaignId) {
        var reference = SignOnSamples.humanRightsClub(campaignId);
        var marker = new SignOnRequested(campaignId, "marker", "Marker", "Marker", "marker@example.org", "en", "UTC",
                reference.campaignTitle(), 1, reference.draftText(), reference.signOnDeadline(),
                reference.meetingStartsAt(), reference.meetingTimeZone(), null);
        send(marker);
        events.awaitEvent(Topics.RESPONSES, EmailSent.class,
                e -> e.campaignId().equals(campaignId) && e.partnerId().equals("marker"), WAIT);
    }

    private static ReminderRequested reminder(SignOnRequested invited, int number) {
        return new ReminderRequested(invited.campaignId(), invited.partnerId(), invited.contactName(), invited.email(),
                invited.language(), invited.timeZone(), invited.campaignTitle(), invited.signOnDeadline(), number);
    }

    private void send(DemarcheEvent event) {
        events.send(envelope(event));
    }

    private <E extends DemarcheEvent> EventEnvelope<E> envelope(E event) {
        return EventEnvelope.of(event, "/demarche/campaigns", clock.instant(), null);
    }
}
