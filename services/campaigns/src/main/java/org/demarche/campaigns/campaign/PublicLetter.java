package org.demarche.campaigns.campaign;

import java.time.Instant;
import java.util.List;

import org.demarche.campaigns.letter.BodyParagraph;
import org.demarche.campaigns.letter.EditablePart;
import org.demarche.campaigns.letter.Letter;
import org.demarche.campaigns.letter.SignatoryLines;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the published letter's public page shows, kept as JSON at publication: the letter's parts
 * and its named signatories. Those who signed without being named are a count and the letter's own
 * line counting them, never a name.
 *
 * @param description what a shared link says under the title: the letter's ask, shortened
 * @param unnamed     the letter's line counting the unnamed signatories, or null
 */
record PublicLetter(String title, String language, Instant publishedAt, List<String> addressLines,
                    String placeAndDate, String salutation, List<String> paragraphs, String closing,
                    List<Signer> signatories, int unnamedCount, String unnamed, String description) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Social networks show about this many characters of a description. */
    private static final int DESCRIPTION_LENGTH = 200;

    PublicLetter {
        addressLines = addressLines == null ? List.of() : List.copyOf(addressLines);
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        signatories = signatories == null ? List.of() : List.copyOf(signatories);
    }

    /** @param organisation with its country, as the letter prints it */
    record Signer(String name, String title, String organisation) {
    }

    /** @param unnamedCount how many signed without being named: the letter has only the line that counts them */
    static PublicLetter of(Letter letter, int unnamedCount, Instant publishedAt) {
        return new PublicLetter(letter.title(), letter.language(), publishedAt, letter.addressLines(),
                letter.placeAndDate(), letter.salutation(), letter.body().stream().map(BodyParagraph::text).toList(),
                letter.closing(),
                letter.signatories().stream().map(s -> new Signer(s.name(), s.title(),
                        SignatoryLines.organisation(s, letter.language()))).toList(),
                unnamedCount, letter.unnamed(), description(letter));
    }

    public int signatoryCount() {
        return signatories.size() + unnamedCount;
    }

    String json() {
        return JSON.writeValueAsString(this);
    }

    static PublicLetter fromJson(String json) {
        return JSON.readValue(json, PublicLetter.class);
    }

    /** The ask (what the letter wants done), else its first paragraph, cut at a word. */
    private static String description(Letter letter) {
        String text = letter.text(EditablePart.ASK)
                .or(() -> letter.body().stream().map(BodyParagraph::text).findFirst())
                .orElse(letter.title());
        if (text == null) {
            return "";
        }
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= DESCRIPTION_LENGTH) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', DESCRIPTION_LENGTH - 1);
        return flat.substring(0, cut > 0 ? cut : DESCRIPTION_LENGTH - 1).replaceAll("[,;:]$", "") + "…";
    }
}
