package org.demarche.outreach.signon;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.demarche.events.outreach.SignOnRequested;
import org.demarche.outreach.delivery.MailContent;
import org.springframework.web.util.HtmlUtils;

/**
 * The email asking a partner to co-sign: the draft, the deadline in the partner's own time zone
 * with the zone named, and the personal link in both the text and the HTML part.
 */
final class SignOnRequestMail {

    private SignOnRequestMail() {
    }

    static MailContent compose(SignOnRequested request, String link) {
        Locale locale = Locale.forLanguageTag(request.language());
        ZoneId zone = ZoneId.of(request.timeZone());
        String deadline = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone).format(request.signOnDeadline()) + " (" + zone.getId() + ")";
        String subject = "Please co-sign: " + request.campaignTitle();
        String text = """
                Dear %s,

                %s is invited to co-sign the open letter "%s".

                Please read the draft and answer by %s:
                %s

                ----- Draft -----
                %s
                """.formatted(request.contactName(), request.organisation(), request.campaignTitle(), deadline, link,
                request.draftText());
        String html = """
                <!DOCTYPE html><html lang="%s"><head><meta charset="UTF-8"><title>%s</title></head><body>
                <p>Dear %s,</p>
                <p>%s is invited to co-sign the open letter “%s”.</p>
                <p>Please read the draft and answer by <strong>%s</strong>:</p>
                <p><a href="%s">Read the draft and sign or decline</a><br>%s</p>
                <hr><pre style="white-space: pre-wrap; font-family: serif">%s</pre>
                </body></html>
                """.formatted(escape(request.language()), escape(subject), escape(request.contactName()),
                escape(request.organisation()), escape(request.campaignTitle()), escape(deadline), escape(link),
                escape(link), escape(request.draftText()));
        return new MailContent(subject, text, html);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
