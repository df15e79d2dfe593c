package org.demarche.dashboard.campaign;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.demarche.events.DemarcheEvent;
import org.demarche.events.EventEnvelope;
import org.demarche.events.Signatory;
import org.demarche.events.campaign.CampaignOpened;
import org.demarche.events.campaign.DeadlineReached;
import org.demarche.events.campaign.DeadlineScheduled;
import org.demarche.events.outreach.SignOnRequested;
import org.demarche.events.response.EmailFailed;
import org.demarche.events.response.PartnerDeclined;
import org.demarche.events.response.PartnerSigned;

/** Test data builders for the events the dashboard hears, around the reference case. */
public final class CampaignEvents {

    public static final Instant MEETING = Instant.parse("2018-07-20T09:00:00Z");
    private static final Instant OPENING = Instant.parse("2018-07-10T08:00:00Z");

    private CampaignEvents() {
    }

    public static CampaignOpened opened(UUID campaign) {
        return new CampaignOpened(campaign, UUID.randomUUID(), "macron", "AZ", "Macron – Aliyev, Paris", MEETING,
                "Europe/Paris", "Emmanuel Macron");
    }

    public static SignOnRequested signOnRequested(UUID campaign, String partnerId, String organisation) {
        return new SignOnRequested(campaign, partnerId, organisation, "Contact of " + organisation,
                partnerId + "@partners.example.org", "en", "Europe/Brussels", "Macron – Aliyev, Paris", 1,
                "Dear President Macron, ...", Instant.parse("2018-07-17T09:00:00Z"), MEETING, "Europe/Paris", null);
    }

    public static PartnerSigned signed(UUID campaign, String partnerId, String organisation, Instant at) {
        return new PartnerSigned(campaign, partnerId, new Signatory("Director of " + organisation, "Director",
                organisation, "AZ"), 1, at, null);
    }

    /**
     * A campaign whose three partners were asked on 11 July: Human Rights Club signed, IPHR declined
     * and the request to Front Line Defenders failed; publication is due on 18 July. Ten events, each
     * as published; the leads' list shows it with its progress and a problem.
     */
    public static List<EventEnvelope<?>> signingWithThreePartners(UUID campaign) {
        Instant requests = Instant.parse("2018-07-11T09:00:00Z");
        return List.of(
                at(0, opened(campaign)),
                at(1, new DeadlineScheduled(campaign, "sign-on-requests", requests)),
                at(2, new DeadlineScheduled(campaign, "publication", Instant.parse("2018-07-18T09:00:00Z"))),
                at(3, new DeadlineReached(campaign, "sign-on-requests", requests, requests.plusSeconds(1))),
                at(10, signOnRequested(campaign, "hrc-baku", "Human Rights Club")),
                at(11, signOnRequested(campaign, "iphr", "International Partnership for Human Rights")),
                at(12, signOnRequested(campaign, "fld", "Front Line Defenders")),
                at(20, new EmailFailed(campaign, "fld", "sign-on-request", "550 mailbox unavailable", true,
                        secondsAfterOpening(20))),
                at(30, signed(campaign, "hrc-baku", "Human Rights Club", secondsAfterOpening(30))),
                at(40, new PartnerDeclined(campaign, "iphr", secondsAfterOpening(40), null)));
    }

    /** The event as published {@code seconds} after the campaign opened. */
    public static <E extends DemarcheEvent> EventEnvelope<E> at(int seconds, E event) {
        return EventEnvelope.of(event, "/demarche/campaigns", OPENING.plusSeconds(seconds), "c-" + event.partitionKey());
    }

    public static Instant secondsAfterOpening(int seconds) {
        return OPENING.plusSeconds(seconds);
    }
}
