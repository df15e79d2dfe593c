package org.demarche.outreach.answer;

import java.util.Locale;

import org.demarche.outreach.delivery.MailContent;
import org.demarche.outreach.partnermail.MailBody;
import org.demarche.outreach.partnermail.MailWording;
import org.demarche.outreach.partnermail.PartnerTime;
import org.demarche.outreach.signon.SignOnInvitation;
import org.demarche.outreach.signon.SignOnStatus;
import org.springframework.stereotype.Component;

/**
 * The email that confirms a partner's answer, in the partner's language: what was recorded, and
 * the link to change it until signing closes. It is also the partner's proof of the answer, and a
 * warning when someone else answered with a forwarded link.
 */
@Component
class ConfirmationMail {

    private final MailWording wording;

    ConfirmationMail(MailWording wording) {
        this.wording = wording;
    }

    MailContent compose(SignOnInvitation answered, String link, String optOutLink) {
        Locale locale = wording.localeFor(answered.language());
        String title = answered.campaignTitle();
        String what;
        if (answered.status() == SignOnStatus.SIGNED && answered.anonymous()) {
            what = wording.say(locale, "mail.confirmation.signed-anonymously", answered.organisation(), title);
        } else if (answered.status() == SignOnStatus.SIGNED) {
            what = wording.say(locale, "mail.confirmation.signed", answered.signatory().organisation(), title,
                    answered.signatory().name());
        } else {
            what = wording.say(locale, "mail.confirmation.declined", answered.organisation(), title);
        }
        String deadline = PartnerTime.format(answered.signOnDeadline(), answered.zone(), locale);
        String change = wording.say(locale, "mail.confirmation.change", deadline);
        return MailBody.in(locale)
                .paragraph(wording.say(locale, "mail.greeting", answered.contactName()))
                .paragraph(what)
                .paragraph(change.substring(0, change.indexOf(deadline)), deadline,
                        change.substring(change.indexOf(deadline) + deadline.length()))
                .link(wording.say(locale, "mail.confirmation.link"), link)
                .footer(wording.say(locale, "mail.footer"), optOutLink)
                .build(wording.say(locale, "mail.confirmation.subject", title));
    }
}
