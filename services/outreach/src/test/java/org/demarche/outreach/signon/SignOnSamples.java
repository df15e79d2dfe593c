package org.demarche.outreach.signon;

import java.time.Instant;
import java.util.UUID;

import org.demarche.events.outreach.SignOnRequested;

/** Sign-on requests as campaigns would send them for the reference case. */
final class SignOnSamples {

    private SignOnSamples() {
    }

    static SignOnRequested humanRightsClub(UUID campaignId) {
        return new SignOnRequested(campaignId, "hrc-baku", "Human Rights Club", "Rasul Jafarov", "rasul@hrc.example.org",
                "en", "Asia/Baku", "Open letter: President Macron should urge release of prisoners of conscience",
                1, "Dear President Macron,\n\nWe write to you ahead of your meeting with President Aliyev…",
                Instant.parse("2018-07-17T09:00:00Z"), Instant.parse("2018-07-20T09:00:00Z"), "Europe/Paris", null);
    }
}
