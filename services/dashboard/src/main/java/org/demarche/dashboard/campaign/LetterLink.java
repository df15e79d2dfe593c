package org.demarche.dashboard.campaign;

import java.net.URI;
import java.util.Set;
import java.util.UUID;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where leads read the campaign's letter as a PDF on the campaigns service: the current draft
 * through its API (which needs them signed in there too) until the letter is published, then the
 * open published letter at {@code /letters/{id}.pdf}. Both answer with the published letter once
 * there is one, so a status read a moment late still gives a working link.
 *
 * @param published whether the link is to the published letter
 */
record LetterLink(URI pdf, boolean published) {

    /** The statuses a campaign only reaches once its letter is published. */
    private static final Set<String> AFTER_PUBLICATION = Set.of("published", "done");

    static LetterLink of(URI campaignsUrl, UUID campaignId, String status) {
        UriComponentsBuilder base = UriComponentsBuilder.fromUri(campaignsUrl);
        if (AFTER_PUBLICATION.contains(status)) {
            return new LetterLink(base.path("/letters/{id}.pdf").buildAndExpand(campaignId).toUri(), true);
        }
        return new LetterLink(base.path("/api/campaigns/{id}/letter").queryParam("format", "pdf")
                .buildAndExpand(campaignId).toUri(), false);
    }
}
