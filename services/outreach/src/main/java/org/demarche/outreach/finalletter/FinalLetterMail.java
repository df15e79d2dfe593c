package org.demarche.outreach.finalletter;

import java.util.Locale;

import org.demarche.events.outreach.FinalLetterDistribution;
import org.demarche.events.outreach.FinalLetterDistribution.Recipient;
import org.demarche.outreach.delivery.MailContent;
import org.demarche.outreach.partnermail.MailBody;
import org.demarche.outreach.partnermail.MailWording;
import org.springframework.stereotype.Component;

/**
 * The email that carries the published letter as a PDF, in the recipient's language: a thank-you
 * to a signatory, a formal covering note to the letter's target.
 */
@Component
class FinalLetterMail {

    static final String TARGET = "target";
    private static final int MAX_FILENAME_LENGTH = 120;

    private final MailWording wording;

    FinalLetterMail(MailWording wording) {
        this.wording = wording;
    }

    MailContent compose(FinalLetterDistribution distribution, Recipient recipient, String optOutLink) {
        Locale locale = wording.localeFor(recipient.language());
        String title = distribution.campaignTitle();
        boolean target = TARGET.equals(recipient.role());
        var body = MailBody.in(locale)
                .paragraph(wording.say(locale, "mail.greeting", recipient.name()))
                .paragraph(wording.say(locale, target ? "mail.final.target" : "mail.final.signatory", title));
        if (optOutLink != null) {
            body.footer(wording.say(locale, "mail.footer"), optOutLink);
        }
        return body.build(target ? title : wording.say(locale, "mail.final.subject.signatory", title));
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

}
