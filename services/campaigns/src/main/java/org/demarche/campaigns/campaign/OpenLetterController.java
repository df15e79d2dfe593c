package org.demarche.campaigns.campaign;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A published letter is an open letter: {@code GET /letters/{id}.pdf|.html|.txt} needs no account,
 * so outreach can attach it to the final emails and coalitions can link to it; {@code .png} is the
 * picture of its first page that a shared link shows, and {@code /letters/{id}} its page
 * ({@link OpenLetterPageController}). Drafts stay behind sign-in ({@code /api/campaigns/{id}/letter});
 * before publication these addresses answer 404.
 */
@RestController
class OpenLetterController {

    private final PublishedLetters published;
    private final LetterPublication publication;

    OpenLetterController(PublishedLetters published, LetterPublication publication) {
        this.published = published;
        this.publication = publication;
    }

    @GetMapping("/letters/{id}.png")
    ResponseEntity<byte[]> firstPage(@PathVariable UUID id) {
        return publication.firstPagePng(id)
                .map(png -> ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(png))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/letters/{id}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
        return published.find(id)
                .map(letter -> ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                                .filename("letter-" + id + ".pdf").build().toString())
                        .body(letter.pdf()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/letters/{id}.html")
    ResponseEntity<byte[]> html(@PathVariable UUID id) {
        return published.find(id)
                .map(letter -> ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                        .body(letter.html().getBytes(StandardCharsets.UTF_8)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/letters/{id}.txt")
    ResponseEntity<byte[]> text(@PathVariable UUID id) {
        return published.find(id)
                .map(letter -> ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                        .body(letter.text().getBytes(StandardCharsets.UTF_8)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
