package org.demarche.outreach.signon;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.demarche.events.outreach.SignOnRequested;
import org.demarche.outreach.delivery.MailContent;
import org.demarche.outreach.partnermail.DeadlineCalendar;
import org.demarche.outreach.partnermail.MailBody;
import org.demarche.outreach.partnermail.MailWording;
import org.demarche.outreach.partnermail.PartnerTime;
import org.demarche.platform.text.ChangeLabels;
import org.demarche.platform.text.TextChanges;
import org.springframework.stereotype.Component;

/**
 * The email asking a partner to co-sign, in the partner's language: the draft, the deadline and
 * the meeting in the partner's own time zone with the zone named, the personal link in both the
 * text and the HTML part, and the way to sign without being named; with a calendar file. A partner
 * asked again after the draft changed first reads which words changed since the version they saw.
 */
@Component
class SignOnRequestMail {

    private final MailWording wording;

    SignOnRequestMail(MailWording wording) {
        this.wording = wording;
    }

    MailContent compose(SignOnRequested request, String link, String optOutLink) {
        Locale locale = wording.localeFor(request.language());
        ZoneId zone = ZoneId.of(request.timeZone());
        String deadline = PartnerTime.format(request.signOnDeadline(), zone, locale);
        String answerBy = wording.say(locale, "mail.sign-on.answer-by", deadline);
        MailBody body = MailBody.in(locale)
                .paragraph(wording.say(locale, "mail.greeting", request.contactName()))
                .paragraph(wording.say(locale, "mail.sign-on.invited", request.organisation(), request.campaignTitle()))
                .paragraph(answerBy.substring(0, answerBy.indexOf(deadline)), deadline,
                        answerBy.substring(answerBy.indexOf(deadline) + deadline.length()))
                .link(wording.say(locale, "mail.sign-on.link"), link)
                .paragraph(wording.say(locale, "mail.sign-on.meeting",
                        PartnerTime.format(request.meetingStartsAt(), zone, locale)))
                .paragraph(wording.say(locale, "mail.sign-on.anonymous"))
                .paragraph(wording.say(locale, "mail.sign-on.calendar"));
        TextChanges changes = TextChanges.fromUnifiedDiff(request.diff());
        if (changes.hasChanges()) {
            // asked again because the draft changed what it asks or whom it names: show the words changed first
            body.changes(wording.say(locale, "mail.sign-on.changed"),
                    wording.say(locale, "mail.changes.legend.text", TextChanges.DELETED_OPENS,
                            TextChanges.DELETED_CLOSES, TextChanges.INSERTED_OPENS, TextChanges.INSERTED_CLOSES),
                    wording.say(locale, "mail.changes.legend.html"), changes.shortened(),
                    new ChangeLabels(wording.say(locale, "mail.changes.deleted"), wording.say(locale, "mail.changes.inserted")));
        }
        body.quoted(wording.say(locale, "mail.sign-on.draft"), request.draftText())
                .footer(wording.say(locale, "mail.footer"), optOutLink);
        return body.build(wording.say(locale, "mail.sign-on.subject", request.campaignTitle()));
    }

    String calendar(SignOnRequested request, String link, Instant now) {
        Locale locale = wording.localeFor(request.language());
        return DeadlineCalendar.of(request.campaignId(), request.draftVersion(), request.signOnDeadline(),
                wording.say(locale, "mail.calendar.deadline", request.campaignTitle()), request.meetingStartsAt(),
                wording.say(locale, "mail.calendar.meeting", request.campaignTitle()), link, now);
    }
}
