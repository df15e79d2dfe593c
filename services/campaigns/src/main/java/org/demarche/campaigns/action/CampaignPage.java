package org.demarche.campaigns.action;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.demarche.campaigns.campaign.Campaign;
import org.demarche.campaigns.campaign.CampaignRow;
import org.demarche.campaigns.campaign.Deadline;
import org.demarche.campaigns.console.ConsoleTimes;
import org.demarche.events.Signatory;

/**
 * One campaign as a coordinator sees it, with the actions its state allows.
 *
 * @param offered    the actions' API names that the campaign's state allows now
 * @param untilField the current close as a {@code datetime-local} value, to start the extend form from
 */
record CampaignPage(CampaignRow row, int draftVersion, List<DeadlineLine> deadlines, List<Signatory> signatories,
                    List<PartnerLine> partners, Set<String> offered, String untilField) {

    static CampaignPage of(Campaign campaign, String targetName, List<Deadline> deadlines, List<Signatory> signatories,
                           List<PartnerLine> partners, Set<ActionKind> possible, Locale locale) {
        ZoneId zone = ConsoleTimes.zone(campaign.meetingTimeZone());
        Instant closes = deadlines.stream().filter(d -> d.kind().wireName().equals("sign-on-closes"))
                .map(Deadline::dueAt).findFirst().orElse(null);
        return new CampaignPage(CampaignRow.of(campaign, targetName, locale), campaign.draftVersion(),
                deadlines.stream().map(d -> new DeadlineLine(d.kind().wireName(), ConsoleTimes.text(d.dueAt(), zone, locale),
                        d.dueAt().toString(), d.status())).toList(),
                signatories, partners,
                possible.stream().filter(kind -> kind != ActionKind.REVOKE_LINK || !partners.isEmpty())
                        .map(ActionKind::wireName).collect(java.util.stream.Collectors.toUnmodifiableSet()),
                ConsoleTimes.field(closes, zone));
    }

    /** Whether the letter is published: from then on it has a public page. */
    public boolean published() {
        return deadlines.stream().anyMatch(d -> d.kind().equals("publication") && d.status().equals("reached"));
    }

    public boolean offers(String action) {
        return offered.contains(action);
    }

    /** @param kind the deadline's API name, e.g. {@code sign-on-closes} */
    record DeadlineLine(String kind, String dueText, String dueAt, String status) {
    }

    /** @param answer {@code pending}, {@code signed} or {@code declined} */
    record PartnerLine(String id, String organisation, String answer) {
    }
}
