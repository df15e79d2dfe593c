package org.demarche.campaigns.campaign;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.demarche.campaigns.letter.FirstPageImage;
import org.demarche.platform.page.PageLanguages;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code GET /letters/{id}}: the published letter's page, its address to share. Open to anyone, in
 * the letter's language whatever the reader's (its words: {@link OpenLetterWords}): the text, the
 * organisations that signed (those who signed without being named only counted), the PDF, and what
 * a social network or a messaging app needs to preview a link (Open Graph and Twitter card tags, the
 * picture of the first page) and a search engine to know the page's one address (canonical). Before
 * publication there is no page: 404, and a draft never shows here.
 */
@Controller
class OpenLetterPageController {

    private final LetterPublication publication;
    private final LetterLinks links;
    private final PageLanguages languages;

    OpenLetterPageController(LetterPublication publication, LetterLinks links, PageLanguages languages) {
        this.publication = publication;
        this.links = links;
        this.languages = languages;
    }

    @GetMapping("/letters/{id}")
    String page(@PathVariable UUID id, HttpServletRequest request, Model model) {
        PublicLetter letter = publication.page(id)
                .orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(
                        HttpStatus.NOT_FOUND, "No letter is published at this address"), null));
        languages.speakForThisRequest(request, letter.language());
        model.addAttribute("letter", letter);
        model.addAttribute("words", OpenLetterWords.of(letter.language()));
        model.addAttribute("links", new Links(links.page(id), links.pdf(id), links.page(id) + ".txt", links.image(id),
                FirstPageImage.WIDTH, FirstPageImage.HEIGHT));
        return "campaign/open-letter";
    }

    /** The page's own address (canonical, og:url) and its other forms, absolute as link previews need them. */
    record Links(String page, String pdf, String text, String image, int imageWidth, int imageHeight) {
    }
}
