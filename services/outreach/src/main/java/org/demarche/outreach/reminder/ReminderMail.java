package org.demarche.outreach.reminder;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.demarche.events.outreach.ReminderRequested;
import org.demarche.outreach.delivery.MailContent;
import org.springframework.web.util.HtmlUtils;

/**
 * The reminder to a partner who has not answered: the deadline in the partner's own time zone
 * with the zone named, and the personal link in both the text and the HTML part.
 */
final class ReminderMail {

    private ReminderMail() {
    }

    static MailContent compose(ReminderRequested reminder, String link) {
        Locale locale = Locale.forLanguageTag(reminder.language());
        ZoneId zone = ZoneId.of(reminder.timeZone());
        String deadline = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone).format(reminder.signOnDeadline()) + " (" + zone.getId() + ")";
        String subject = "Reminder: please co-sign “" + reminder.campaignTitle() + "” by " + deadline;
        String text = """
                Dear %s,

                We have not yet had your answer to the invitation to co-sign the open letter "%s".

                Signing closes on %s. Please read the draft and sign or decline here:
                %s

                If you have already answered, please ignore this message.
                """.formatted(reminder.contactName(), reminder.campaignTitle(), deadline, link);
        String html = """
                <!DOCTYPE html><html lang="%s"><head><meta charset="UTF-8"><title>%s</title></head><body>
                <p>Dear %s,</p>
                <p>We have not yet had your answer to the invitation to co-sign the open letter “%s”.</p>
                <p>Signing closes on <strong>%s</strong>. Please read the draft and sign or decline here:</p>
                <p><a href="%s">Read the draft and sign or decline</a><br>%s</p>
                <p>If you have already answered, please ignore this message.</p>
                </body></html>
                """.formatted(escape(reminder.language()), escape(subject), escape(reminder.contactName()),
                escape(reminder.campaignTitle()), escape(deadline), escape(link), escape(link));
        return new MailContent(subject, text, html);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
