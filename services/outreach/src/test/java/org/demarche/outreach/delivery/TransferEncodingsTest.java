package org.demarche.outreach.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import jakarta.activation.DataHandler;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.MimeMessageHelper;

class TransferEncodingsTest {

    private static final String DRAFT = "Dear Mr President,\n\nAhead of your meeting we write about the people held. ";

    /** What Jakarta Mail would choose itself for a UTF-8 text part: the rule the shortcut must follow. */
    private static String jakartaChoice(String text) {
        return MimeUtility.getEncoding(new DataHandler(text, "text/plain; charset=UTF-8"));
    }

    @Test
    void choosesAsJakartaMailForTheTextsPartnersGet() {
        List<String> texts = new ArrayList<>(List.of("", "plain ascii", DRAFT.repeat(20),
                "Уважаемый господин Президент, " + DRAFT, "Уважаемый господин Президент, ".repeat(30),
                "Hörmətli cənab Prezident, " + DRAFT, "Madame, Monsieur, veuillez répondre avant le 3 décembre",
                "a".repeat(998), "a".repeat(999), "a".repeat(998) + "\r\n" + "b".repeat(998), "é".repeat(499) + "a",
                "é".repeat(500), "tab\tand\u007fdel", "bell\u0007", "emoji 😀 " + DRAFT, "😀".repeat(3),
                "lone \ud83d surrogate", "lone \ude00 low", "\u20ac".repeat(333) + "x".repeat(2)));
        Random random = new Random(7);
        String alphabet = "ab \t\r\n\u007f\u0001éжə€😀\ud83d";
        for (int n = 0; n < 2_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(n % 10 == 0 ? 3_000 : 40);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(text.toString());
        }
        for (String text : texts) {
            assertThat(TransferEncodings.of(text)).as("%s", text).isEqualTo(jakartaChoice(text));
        }
    }

    @Test
    void namesEachTextPartOfAnAssembledMessageAsSavingWouldHave() throws Exception {
        MimeMessage preset = message("Уважаемый господин Президент, " + DRAFT, "<p>" + DRAFT.repeat(30) + "</p>");
        TransferEncodings.preset(preset);
        preset.saveChanges();
        MimeMessage saved = message("Уважаемый господин Президент, " + DRAFT, "<p>" + DRAFT.repeat(30) + "</p>");
        saved.saveChanges();

        assertThat(encodings(preset)).containsExactly("quoted-printable", "7bit").isEqualTo(encodings(saved));
    }

    private static MimeMessage message(String text, String html) throws Exception {
        MimeMessage mime = new MimeMessage(Session.getInstance(new java.util.Properties()));
        var helper = new MimeMessageHelper(mime, true, "UTF-8");
        helper.setText(text, html);
        return mime;
    }

    private static List<String> encodings(MimeMessage message) throws Exception {
        // mixed > related > alternative > text, HTML: how MimeMessageHelper nests them
        var mixed = (jakarta.mail.internet.MimeMultipart) message.getContent();
        var related = (jakarta.mail.internet.MimeMultipart) mixed.getBodyPart(0).getContent();
        var alternative = (jakarta.mail.internet.MimeMultipart) related.getBodyPart(0).getContent();
        List<String> encodings = new ArrayList<>();
        for (int i = 0; i < alternative.getCount(); i++) {
            encodings.add(((jakarta.mail.internet.MimeBodyPart) alternative.getBodyPart(i)).getEncoding());
        }
        return encodings;
    }
}
