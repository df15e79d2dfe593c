package org.demarche.campaigns.campaign;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.demarche.campaigns.letter.RenderedLetter;
import org.demarche.events.Signatory;
import org.demarche.platform.web.InvalidInputException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/campaigns}: campaigns, their deadlines and signatories, and their letters. */
@RestController
@RequestMapping("/api/campaigns")
class CampaignController {

    private final Campaigns campaigns;
    private final Invitations invitations;
    private final CampaignLetters letters;
    private final PublishedLetters published;

    CampaignController(Campaigns campaigns, Invitations invitations, CampaignLetters letters, PublishedLetters published) {
        this.campaigns = campaigns;
        this.invitations = invitations;
        this.letters = letters;
        this.published = published;
    }

    @GetMapping
    List<CampaignView> all() {
        return campaigns.all().stream().map(this::view).toList();
    }

    @GetMapping("/{id}")
    ResponseEntity<CampaignView> one(@PathVariable UUID id) {
        return ResponseEntity.of(campaigns.find(id).map(this::view));
    }

    /** The current draft, or the published letter once published. */
    @GetMapping("/{id}/letter")
    ResponseEntity<byte[]> letter(@PathVariable UUID id, @RequestParam(defaultValue = "html") String format) {
        var campaign = campaigns.find(id);
        if (campaign.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        RenderedLetter letter = published.find(id).orElseGet(() -> letters.render(letters.draft(campaign.get())));
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "html" -> ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                    .body(letter.html().getBytes(StandardCharsets.UTF_8));
            case "txt" -> ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                    .body(letter.text().getBytes(StandardCharsets.UTF_8));
            case "pdf" -> ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                            .filename("letter-" + id + ".pdf").build().toString())
                    .body(letter.pdf());
            default -> throw InvalidInputException.of("format", "must be html, pdf or txt, was '" + format + "'");
        };
    }

    private CampaignView view(Campaign campaign) {
        return new CampaignView(campaign.id(), campaign.meetingId(), campaign.targetId(), campaign.country(),
                campaign.title(), campaign.status(), campaign.meetingStartsAt(), campaign.meetingTimeZone(),
                campaign.draftVersion(),
                campaigns.deadlines(campaign.id()).stream()
                        .map(d -> new CampaignView.DeadlineView(d.kind().wireName(), d.dueAt(), d.status())).toList(),
                invitations.signatories(campaign.id()).stream().map(Invitation::signatory).toList());
    }

    /** A campaign as the API shows it. */
    record CampaignView(UUID id, UUID meetingId, String targetId, String country, String title, String status,
                        Instant meetingStartsAt, String meetingTimeZone, int draftVersion, List<DeadlineView> deadlines,
                        List<Signatory> signatories) {

        record DeadlineView(String kind, Instant dueAt, String status) {
        }
    }
}
