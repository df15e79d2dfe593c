package org.demarche.outreach.signon;

import java.time.Instant;
import java.util.UUID;

import org.demarche.events.outreach.SignOnRequested;

/** Sign-on requests as campaigns would send them for the reference case. */
public final class SignOnSamples {

    public static final Instant DEADLINE = Instant.parse("2018-07-17T09:00:00Z");

    private SignOnSamples() {
    }

    public static SignOnRequested humanRightsClub(UUID campaignId) {
        return new SignOnRequested(campaignId, "hrc-baku", "Human Rights Club", "Rasul Jafarov", "rasul@hrc.example.org",
                "en", "Asia/Baku", "Open letter: President Macron should urge release of prisoners of conscience",
                1, "Dear President Macron,\n\nWe write to you ahead of your meeting with President Aliyev…",
                DEADLINE, Instant.parse("2018-07-20T09:00:00Z"), "Europe/Paris", null);
    }

    /**
     * The reference partner asked to sign another version of the draft, as campaigns asks again
     * after the ask changed: {@code diff} from the version the partner last saw, or null.
     */
    public static SignOnRequested humanRightsClub(UUID campaignId, int draftVersion, String draftText, String diff) {
        var reference = humanRightsClub(campaignId);
        return new SignOnRequested(campaignId, reference.partnerId(), reference.organisation(), reference.contactName(),
                reference.email(), reference.language(), reference.timeZone(), reference.campaignTitle(), draftVersion,
                draftText, reference.signOnDeadline(), reference.meetingStartsAt(), reference.meetingTimeZone(),
                reference.replyTo(), "AZ", diff, null);
    }

    /** A French-speaking partner in Brussels. */
    public static SignOnRequested partnershipForHumanRights(UUID campaignId) {
        var reference = humanRightsClub(campaignId);
        return new SignOnRequested(campaignId, "iphr-brussels", "International Partnership for Human Rights",
                "Brigitte Dufour", "brigitte@iphr.example.org", "fr", "Europe/Brussels", reference.campaignTitle(), 1,
                reference.draftText(), DEADLINE, reference.meetingStartsAt(), reference.meetingTimeZone(),
                "coordination@iphr.example.org");
    }
}
