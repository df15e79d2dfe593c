package org.demarche.dashboard.campaign;

import java.time.Instant;
import java.util.UUID;

import org.demarche.events.DemarcheEvent;
import org.demarche.events.EventEnvelope;
import org.demarche.events.Signatory;
import org.demarche.events.campaign.CampaignOpened;
import org.demarche.events.outreach.SignOnRequested;
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

    /** The event as published {@code seconds} after the campaign opened. */
    public static <E extends DemarcheEvent> EventEnvelope<E> at(int seconds, E event) {
        return EventEnvelope.of(event, "/demarche/campaigns", OPENING.plusSeconds(seconds), "c-" + event.partitionKey());
    }

    public static Instant secondsAfterOpening(int seconds) {
        return OPENING.plusSeconds(seconds);
    }
}
