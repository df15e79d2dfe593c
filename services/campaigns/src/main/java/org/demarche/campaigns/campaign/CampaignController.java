package org.demarche.campaigns.campaign;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.demarche.campaigns.letter.LetterDocx;
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

    static final MediaType WORD =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final Campaigns campaigns;
    private final Invitations invitations;
    private final CampaignLetters letters;
    private final PublishedLetters published;
    private final LetterPublication publication;
    private final LetterDocx docx;

    CampaignController(Campaigns campaigns, Invitations invitations, CampaignLetters letters, PublishedLetters published,
                       LetterPublication publication, LetterDocx docx) {
        this.campaigns = campaigns;
        this.invitations = invitations;
        this.letters = letters;
        this.published = published;
        this.publication = publication;
        this.docx = docx;
    }

    @GetMapping
    List<CampaignView> all() {
        return campaigns.all().stream().map(this::view).toList();
    }

    @GetMapping("/{id}")
    ResponseEntity<CampaignView> one(@PathVariable UUID id) {
        return ResponseEntity.of(campaigns.find(id).map(this::view));
    }

    /**
     * The current draft, or the published letter once published. {@code lang} asks for the draft in
     * another language there are templates for: the facts worded in it, for reading; the version
     * partners sign stays in the campaign's letter language, and a published letter exists only in it.
     * {@code format=docx} is the same letter as a Word document, to download.
     */
    @GetMapping("/{id}/letter")
    ResponseEntity<byte[]> letter(@PathVariable UUID id, @RequestParam(defaultValue = "html") String format,
                                  @RequestParam(required = false) String lang) {
        String wanted = format.toLowerCase(Locale.ROOT);
        if (!List.of("html", "txt", "pdf", "docx").contains(wanted)) {
            throw InvalidInputException.of("format", "must be html, pdf, txt or docx, was '" + format + "'");
        }
        Campaign campaign = campaigns.find(id).orElse(null);
        if (campaign == null) {
            return ResponseEntity.notFound().build();
        }
        String language = letters.languageOf(campaign);
        boolean otherLanguage = lang != null && !lang.isBlank() && !sameLanguage(lang, language);
        if (otherLanguage && !letters.writesIn(lang)) {
            throw InvalidInputException.of("lang", "there are no letter templates in '" + lang + "'; there are in "
                    + String.join(", ", letters.languages()));
        }
        var publishedLetter = published.find(id);
        if (publishedLetter.isPresent() && otherLanguage) {
            throw InvalidInputException.of("lang", "the letter was published in '" + language
                    + "' and exists in no other language");
        }
        String contentLanguage = otherLanguage ? Locale.forLanguageTag(lang.strip()).getLanguage() : language;
        var response = ResponseEntity.ok().header(HttpHeaders.CONTENT_LANGUAGE, contentLanguage);
        if (wanted.equals("docx")) {
            byte[] word = publishedLetter.isPresent() ? publication.docx(id).orElseThrow()
                    : docx.write(otherLanguage ? letters.draftIn(campaign, lang) : letters.draft(campaign));
            return response.contentType(WORD)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename("letter-" + id + ".docx").build().toString())
                    .body(word);
        }
        RenderedLetter letter = publishedLetter.orElseGet(() -> letters.render(otherLanguage
                ? letters.draftIn(campaign, lang) : letters.draft(campaign)));
        return switch (wanted) {
            case "html" -> response.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                    .body(letter.html().getBytes(StandardCharsets.UTF_8));
            case "txt" -> response.contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                    .body(letter.text().getBytes(StandardCharsets.UTF_8));
            default -> response.contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                            .filename("letter-" + id + ".pdf").build().toString())
                    .body(letter.pdf());
        };
    }

    private static boolean sameLanguage(String tag, String language) {
        return Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage().equals(language);
    }

    private CampaignView view(Campaign campaign) {
        List<Invitation> invited = invitations.of(campaign.id());
        return new CampaignView(campaign.id(), campaign.meetingId(), campaign.targetId(), campaign.country(),
                campaign.title(), campaign.status(), campaign.meetingStartsAt(), campaign.meetingTimeZone(),
                campaign.draftVersion(), letters.languageOf(campaign),
                campaigns.deadlines(campaign.id()).stream()
                        .map(d -> new CampaignView.DeadlineView(d.kind().wireName(), d.dueAt(), d.status())).toList(),
                invited.stream().filter(i -> i.confirmed() && !i.anonymous()).sorted(Invitations.LETTER_ORDER)
                        .map(Invitation::signatory).toList(),
                invited.stream().map(CampaignView.SignOnView::of).toList());
    }

    /**
     * A campaign as the API shows it.
     *
     * @param signatories those whose signature stands for the current draft, in letter order
     * @param signOn      every partner asked, and where their answer stands
     */
    record CampaignView(UUID id, UUID meetingId, String targetId, String country, String title, String status,
                        Instant meetingStartsAt, String meetingTimeZone, int draftVersion, String letterLanguage,
                        List<DeadlineView> deadlines, List<Signatory> signatories, List<SignOnView> signOn) {

        record DeadlineView(String kind, Instant dueAt, String status) {
        }

        /**
         * @param answer               {@code pending}, {@code signed} or {@code declined}; a signature of an
         *                             earlier version whose ask or people named changed is pending
         * @param awaitingConfirmation signed an earlier version and was asked to confirm the current one
         * @param signatureImageRefused why the image given with the signature was left out, if it was
         * @param anonymous            signed without being named: counted in the letter, not printed
         */
        record SignOnView(String partnerId, String answer, Integer signedVersion, Integer requestedVersion,
                          boolean awaitingConfirmation, String signatureImageRefused, boolean anonymous) {

            static SignOnView of(Invitation invitation) {
                return new SignOnView(invitation.partnerId(), invitation.answer(), invitation.signedVersion(),
                        invitation.requestedVersion(), invitation.awaitingConfirmation(), invitation.imageRefusal(),
                        invitation.anonymous());
            }
        }
    }
}
