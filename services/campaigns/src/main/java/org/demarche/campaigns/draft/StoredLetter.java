package org.demarche.campaigns.draft;

import java.util.List;

import org.demarche.campaigns.letter.BodyParagraph;
import org.demarche.campaigns.letter.EditablePart;
import org.demarche.campaigns.letter.Letter;
import tools.jackson.databind.json.JsonMapper;

/**
 * A version's letter as stored: its parts by the API's names, so that what is kept does not depend
 * on how the Java types happen to be written.
 */
record StoredLetter(String title, List<String> addressLines, String placeAndDate, String salutation,
                    List<StoredParagraph> body, String closing, String language) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    record StoredParagraph(String part, String text) {
    }

    static String json(Letter letter) {
        return JSON.writeValueAsString(new StoredLetter(letter.title(), letter.addressLines(), letter.placeAndDate(),
                letter.salutation(), letter.body().stream()
                .map(p -> new StoredParagraph(p.part().wireName(), p.text())).toList(),
                letter.closing(), letter.language()));
    }

    /** The letter as a draft without signatories. */
    static Letter letter(String json) {
        StoredLetter stored = JSON.readValue(json, StoredLetter.class);
        List<BodyParagraph> body = stored.body().stream()
                .map(p -> new BodyParagraph(EditablePart.fromWireName(p.part()).orElseThrow(), p.text())).toList();
        return new Letter(stored.title(), stored.addressLines(), stored.placeAndDate(), stored.salutation(), body,
                stored.closing(), List.of(), true, stored.language(), null);
    }
}
