package org.demarche.outreach.reminder;

import java.time.ZoneId;
import java.util.Locale;

import org.demarche.events.outreach.ReminderRequested;
import org.demarche.outreach.delivery.MailContent;
import org.demarche.outreach.partnermail.MailBody;
import org.demarche.outreach.partnermail.MailWording;
import org.demarche.outreach.partnermail.PartnerTime;
import org.springframework.stereotype.Component;

/**
 * The reminder to a partner who has not answered, in the partner's language: the deadline in the
 * partner's own time zone with the zone named, and the personal link in both the text and the
 * HTML part.
 */
@Component
class ReminderMail {

    private final MailWording wording;

    ReminderMail(MailWording wording) {
        this.wording = wording;
    }

    MailContent compose(ReminderRequested reminder, String link, String optOutLink) {
        Locale locale = wording.localeFor(reminder.language());
        String deadline = PartnerTime.format(reminder.signOnDeadline(), ZoneId.of(reminder.timeZone()), locale);
        String closes = wording.say(locale, "mail.reminder.closes", deadline);
        return MailBody.in(locale)
                .paragraph(wording.say(locale, "mail.greeting", reminder.contactName()))
                .paragraph(wording.say(locale, "mail.reminder.not-yet", reminder.campaignTitle()))
                .paragraph(closes.substring(0, closes.indexOf(deadline)), deadline,
                        closes.substring(closes.indexOf(deadline) + deadline.length()))
                .link(wording.say(locale, "mail.sign-on.link"), link)
                .paragraph(wording.say(locale, "mail.sign-on.anonymous"))
                .paragraph(wording.say(locale, "mail.reminder.ignore"))
                .footer(wording.say(locale, "mail.footer"), optOutLink)
                .build(wording.say(locale, "mail.reminder.subject", reminder.campaignTitle(), deadline));
    }

    String calendarSummary(ReminderRequested reminder, String key) {
        return wording.say(wording.localeFor(reminder.language()), key, reminder.campaignTitle());
    }
}
