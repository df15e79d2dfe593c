package org.demarche.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.demarche.events.account.AccountRemoved;
import org.demarche.events.account.AccountSaved;
import org.demarche.events.campaign.CampaignActionTaken;
import org.demarche.events.campaign.CampaignClosed;
import org.demarche.events.campaign.CampaignOpened;
import org.demarche.events.campaign.CampaignPaused;
import org.demarche.events.campaign.CampaignResumed;
import org.demarche.events.campaign.DeadlineReached;
import org.demarche.events.campaign.DeadlineScheduled;
import org.demarche.events.campaign.DraftRevised;
import org.demarche.events.campaign.LetterPublished;
import org.demarche.events.legal.ResolutionAdopted;
import org.demarche.events.legal.RulingPublished;
import org.demarche.events.meeting.MeetingCancelled;
import org.demarche.events.meeting.MeetingRescheduled;
import org.demarche.events.meeting.MeetingScheduled;
import org.demarche.events.outreach.FinalLetterDistribution;
import org.demarche.events.outreach.FinalLetterDistribution.Recipient;
import org.demarche.events.outreach.PartnerLinkRevoked;
import org.demarche.events.outreach.ReminderRequested;
import org.demarche.events.outreach.SignOnRequested;
import org.demarche.events.registry.CaseRegistered;
import org.demarche.events.response.EmailBounced;
import org.demarche.events.response.EmailFailed;
import org.demarche.events.response.EmailSent;
import org.demarche.events.response.PartnerDeclined;
import org.demarche.events.response.PartnerSigned;

/** One valid sample of every event, drawn from the reference case (a 2018 state visit to Paris). */
final class SampleEvents {

    static final UUID MEETING_ID = UUID.fromString("0b7d4c1e-5a3f-4e2b-9d8c-1a2b3c4d5e6f");
    static final UUID CAMPAIGN_ID = UUID.fromString("6b1e2c3d-4f5a-4b6c-8d7e-9f0a1b2c3d4e");
    static final Instant MEETING_STARTS_AT = Instant.parse("2018-07-20T09:00:00Z");
    static final Instant SIGN_ON_DEADLINE = Instant.parse("2018-07-17T09:00:00Z");
    static final String PARIS = "Europe/Paris";

    static final List<Participant> PARTICIPANTS = List.of(
            new Participant("Ilham Aliyev", "President of the Republic of Azerbaijan", "AZ"),
            new Participant("Emmanuel Macron", "President of the French Republic", "FR"));
    static final Signatory SIGNATORY = new Signatory("Jane Doe", "Director", "Example Rights Watch", "FR");

    private static final Map<Class<? extends DemarcheEvent>, Supplier<DemarcheEvent>> SAMPLES = Map.ofEntries(
            Map.entry(MeetingScheduled.class, () -> new MeetingScheduled(MEETING_ID,
                    "Official visit of the President of Azerbaijan to France", MEETING_STARTS_AT, PARIS, "Paris",
                    PARTICIPANTS)),
            Map.entry(MeetingRescheduled.class, () -> new MeetingRescheduled(MEETING_ID,
                    "Official visit of the President of Azerbaijan to France", MEETING_STARTS_AT.plusSeconds(7200),
                    PARIS, "Paris", PARTICIPANTS, MEETING_STARTS_AT)),
            Map.entry(MeetingCancelled.class, () -> new MeetingCancelled(MEETING_ID, "visit postponed")),
            Map.entry(RulingPublished.class, () -> new RulingPublished(
                    UUID.fromString("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"), "ECtHR",
                    "Ilgar Mammadov v. Azerbaijan", "15172/13", "AZ", LocalDate.of(2014, 5, 22), List.of("5", "18"),
                    "Detention pursued an ulterior purpose.", "https://hudoc.echr.coe.int/eng?i=001-144124")),
            Map.entry(ResolutionAdopted.class, () -> new ResolutionAdopted(
                    UUID.fromString("b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e"), "Committee of Ministers",
                    "CM/ResDH(2017)429", LocalDate.of(2017, 12, 5), "AZ", "Ilgar Mammadov v. Azerbaijan", "15172/13",
                    "infringement-referral", null, null)),
            Map.entry(CampaignOpened.class, () -> new CampaignOpened(CAMPAIGN_ID, MEETING_ID, "fr-president", "AZ",
                    "Letter to President Macron on political prisoners in Azerbaijan", MEETING_STARTS_AT, PARIS, "Emmanuel Macron")),
            Map.entry(DraftRevised.class, () -> new DraftRevised(CAMPAIGN_ID, 2, "Dear Mr President, ...",
                    "@@ -1 +1 @@\n-Dear President\n+Dear Mr President", "coordinator edit")),
            Map.entry(DeadlineScheduled.class, () -> new DeadlineScheduled(CAMPAIGN_ID, "sign-on-closes",
                    SIGN_ON_DEADLINE)),
            Map.entry(DeadlineReached.class, () -> new DeadlineReached(CAMPAIGN_ID, "sign-on-closes",
                    SIGN_ON_DEADLINE, SIGN_ON_DEADLINE.plusSeconds(3))),
            Map.entry(LetterPublished.class, () -> new LetterPublished(CAMPAIGN_ID, 2,
                    Instant.parse("2018-07-18T09:00:00Z"), List.of(SIGNATORY), "https://demarche.example.org/l/1")),
            Map.entry(CampaignPaused.class, () -> new CampaignPaused(CAMPAIGN_ID, "waiting for the lead partners")),
            Map.entry(CampaignResumed.class, () -> new CampaignResumed(CAMPAIGN_ID, "signing",
                    "the lead partners agreed on the ask")),
            Map.entry(CampaignClosed.class, () -> new CampaignClosed(CAMPAIGN_ID, "done", null)),
            Map.entry(CampaignActionTaken.class, () -> new CampaignActionTaken(CAMPAIGN_ID, "extend-signing",
                    "coordinator", "two partners asked for one more day",
                    "signing extended to 2018-07-18T11:00+02:00 (was 2018-07-17T11:00+02:00)",
                    Instant.parse("2018-07-16T14:03:00Z"))),
            Map.entry(SignOnRequested.class, () -> new SignOnRequested(CAMPAIGN_ID, "example-rights-watch",
                    "Example Rights Watch", "Jane Doe", "jane@example.org", "fr", "America/New_York",
                    "Letter to President Macron on political prisoners in Azerbaijan", 1, "Dear Mr President, ...",
                    SIGN_ON_DEADLINE, MEETING_STARTS_AT, PARIS, "coordinators@demarche.example.org", "AZ",
                    "--- version 1\n+++ version 2\n@@ -1 +1 @@\n-Dear President,\n+Dear Mr President,\n")),
            Map.entry(ReminderRequested.class, () -> new ReminderRequested(CAMPAIGN_ID, "example-rights-watch",
                    "Jane Doe", "jane@example.org", "en-GB", "Europe/London",
                    "Letter to President Macron on political prisoners in Azerbaijan", SIGN_ON_DEADLINE, 1, "AZ")),
            Map.entry(FinalLetterDistribution.class, () -> new FinalLetterDistribution(CAMPAIGN_ID,
                    "Letter to President Macron on political prisoners in Azerbaijan", 2,
                    List.of(new Recipient("Jane Doe", "jane@example.org", "en", "signatory"),
                            new Recipient("Emmanuel Macron", "president@elysee.example.fr", "fr", "target")),
                    null)),
            Map.entry(PartnerLinkRevoked.class, () -> new PartnerLinkRevoked(CAMPAIGN_ID, "example-rights-watch",
                    "the contact's phone was seized")),
            Map.entry(EmailSent.class, () -> new EmailSent(CAMPAIGN_ID, "example-rights-watch", "sign-on-request",
                    "<20180711090000.1@demarche.example.org>", Instant.parse("2018-07-11T09:00:01.250Z"))),
            Map.entry(EmailFailed.class, () -> new EmailFailed(CAMPAIGN_ID, "example-rights-watch", "reminder",
                    "550 5.1.1 mailbox unavailable", true, Instant.parse("2018-07-15T09:00:00Z"))),
            Map.entry(EmailBounced.class, () -> new EmailBounced(CAMPAIGN_ID, "example-rights-watch",
                    "jane@example.org", "550 5.1.1 user unknown", Instant.parse("2018-07-11T09:05:00Z"))),
            Map.entry(PartnerSigned.class, () -> new PartnerSigned(CAMPAIGN_ID, "example-rights-watch", SIGNATORY, 2,
                    Instant.parse("2018-07-12T14:30:00Z"), "iVBORw0KGgo=", true)),
            Map.entry(PartnerDeclined.class, () -> new PartnerDeclined(CAMPAIGN_ID, "example-rights-watch",
                    Instant.parse("2018-07-12T14:30:00Z"), null)),
            Map.entry(AccountSaved.class, () -> new AccountSaved("amina",
                    "{bcrypt}$2a$10$Hb8qN0ZcI0H1t5Jt1s6R5e2Jw0m3o1iY9Fv3S0oTzL8k4bq6a2uKe", List.of("COORDINATOR"))),
            Map.entry(AccountRemoved.class, () -> new AccountRemoved("amina")),
            Map.entry(CaseRegistered.class, () -> new CaseRegistered("ilgar-mammadov", "AZ", "Ilgar Mammadov", "open",
                    List.of("15172/13", "919/15"))));

    private SampleEvents() {
    }

    static DemarcheEvent sampleOf(Class<? extends DemarcheEvent> eventClass) {
        Supplier<DemarcheEvent> sample = SAMPLES.get(eventClass);
        if (sample == null) {
            throw new AssertionError("SampleEvents has no sample of " + eventClass.getSimpleName() + "; add one");
        }
        return sample.get();
    }

    static EventEnvelope<DemarcheEvent> envelopeOf(Class<? extends DemarcheEvent> eventClass) {
        return new EventEnvelope<>(UUID.fromString("c0ffee00-1234-4abc-8def-0123456789ab"), "test",
                Instant.parse("2018-07-11T09:00:00.123456Z"), "corr-42", sampleOf(eventClass));
    }
}
