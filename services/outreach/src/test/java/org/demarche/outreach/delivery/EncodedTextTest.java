package org.demarche.outreach.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.MimeMessageHelper;

class EncodedTextTest {

    private static final String DRAFT = "Dear Mr President,\n\nAhead of your meeting we write about the people held "
            + "for their work and their opinions. ";
    private static final String PDF = "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\r\n<< /Type /Catalog >>\nendobj\n".repeat(40);
    private static final String ICS = "BEGIN:VCALENDAR\r\nPRODID:-//Démarche//Outreach//EN\r\nEND:VCALENDAR\r\n";

    @Test
    void writesTheSameEmailAsJakartaMailWouldByteForByte() throws Exception {
        List<String[]> texts = List.of(
                new String[] {"Dear partner,\n\n" + DRAFT.repeat(20), "<p>" + DRAFT.repeat(20) + "</p>"},
                new String[] {"Уважаемый партнёр,\n\n" + DRAFT.repeat(20), "<p>Уважаемый партнёр,</p><p>" + DRAFT + "</p>"},
                new String[] {"Hörmətli tərəfdaş, ".repeat(40), "<p>Уважаемый партнёр, ".repeat(50) + "</p>"},
                new String[] {"trailing space \nand tab\t\r\n.dot at line start\n" + "x".repeat(1200) + " ",
                        "<p>line ends \r\r\n\n and 😀 and = signs =3D</p>"},
                new String[] {"", "ascii only"});
        for (String[] text : texts) {
            assertThat(normalised(assembled(text[0], text[1], true)))
                    .isEqualTo(normalised(assembled(text[0], text[1], false)));
        }
    }

    private static String assembled(String text, String html, boolean encodedBeforehand) throws Exception {
        MimeMessage mime = new MimeMessage(Session.getInstance(new Properties()));
        var helper = new MimeMessageHelper(mime, true, "UTF-8");
        helper.setFrom("noreply@demarche.local");
        helper.setTo("partner@example.org");
        helper.setSubject("Open letter");
        helper.setText(text, html);
        helper.addAttachment(MimeMessages.CALENDAR_NAME,
                new ByteArrayDataSource(ICS.getBytes(StandardCharsets.UTF_8), MimeMessages.CALENDAR_TYPE));
        // a PDF, sent in base64 whatever its bytes, as MimeMessages attaches it
        helper.addAttachment("letter.pdf", new ByteArrayResource(PDF.getBytes(StandardCharsets.ISO_8859_1)),
                "application/pdf");
        var root = helper.getRootMimeMultipart();
        root.getBodyPart(root.getCount() - 1).setHeader("Content-Transfer-Encoding", "base64");
        mime.setSentDate(new Date(0));
        if (encodedBeforehand) {
            EncodedText.encodeIn(helper.getRootMimeMultipart());
            TransferEncodings.preset(mime);
        }
        mime.saveChanges();
        mime.setHeader("Message-ID", "<same@demarche.local>");
        if (encodedBeforehand) {
            EncodedText.encodeFilesIn(helper.getRootMimeMultipart());
        }
        var bytes = new ByteArrayOutputStream();
        mime.writeTo(bytes);
        return bytes.toString(StandardCharsets.ISO_8859_1);
    }

    /** Multipart boundaries are made up per message. */
    private static String normalised(String email) {
        return email.replaceAll("----=_Part_\\d+_\\d+\\.\\d+", "BOUNDARY");
    }
}
