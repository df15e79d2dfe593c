package org.demarche.outreach.finalletter;

import org.demarche.events.outreach.FinalLetterDistribution;
import org.demarche.events.outreach.FinalLetterDistribution.Recipient;
import org.demarche.outreach.delivery.MailContent;
import org.springframework.web.util.HtmlUtils;

/**
 * The email that carries the published letter as a PDF: a thank-you to a signatory, a formal
 * covering note to the letter's target.
 */
final class FinalLetterMail {

    static final String TARGET = "target";
    private static final int MAX_FILENAME_LENGTH = 120;

    private FinalLetterMail() {
    }

    static MailContent compose(FinalLetterDistribution distribution, Recipient recipient) {
        String title = distribution.campaignTitle();
        boolean target = TARGET.equals(recipient.role());
        String subject = target ? title : "Published: " + title;
        String body = target
                ? "Please find attached, as a PDF, the open letter “%s”, signed by the organisations named in it."
                : "The open letter “%s” has been published. Thank you for co-signing it: the letter as published is "
                        + "attached as a PDF.";
        String text = """
                Dear %s,

                %s
                """.formatted(recipient.name(), body.formatted(title));
        String html = """
                <!DOCTYPE html><html lang="%s"><head><meta charset="UTF-8"><title>%s</title></head><body>
                <p>Dear %s,</p>
                <p>%s</p>
                </body></html>
                """.formatted(escape(recipient.language()), escape(subject), escape(recipient.name()),
                body.formatted(escape(title)));
        return new MailContent(subject, text, html);
    }

    /** {@code <campaign title>.pdf}, without the characters that file systems or mail clients refuse. */
    static String attachmentName(String campaignTitle) {
        String name = campaignTitle.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ").replaceAll("\\s+", " ").strip();
        if (name.length() > MAX_FILENAME_LENGTH) {
            name = name.substring(0, MAX_FILENAME_LENGTH).strip();
        }
        while (name.startsWith(".")) {
            name = name.substring(1).strip();
        }
        return (name.isEmpty() ? "letter" : name) + ".pdf";
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
