package org.demarche.outreach.partnermail;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;

/**
 * The iCalendar file sent with sign-on requests and reminders: the sign-on deadline and the
 * meeting as two events, so a partner's calendar shows both. Times are in UTC, which every client
 * shows in its user's own zone and which needs no time-zone definitions in the file. The UIDs are
 * the campaign's and the SEQUENCE the draft version, so a later email's file updates the events
 * already imported (a moved deadline) instead of adding new ones.
 */
public final class DeadlineCalendar {

    private static final String PRODUCT = "-//Démarche//Outreach//EN";

    /**
     * The file is the same for every partner of a campaign reading one language but for the
     * personal link and the DTSTAMP, and having ical4j build and write it for each of thousands of
     * partners took about a tenth of the service's time when it sent a campaign's requests: so
     * ical4j writes it once per campaign, draft and language, and each partner's file is that
     * template filled in. Bounded because the service runs for months; a few hundred templates
     * cover every campaign being sent at once, in every language.
     */
    private static final BoundedCache<CampaignEvents, Optional<CalendarTemplate>> TEMPLATES = new BoundedCache<>(256);

    private DeadlineCalendar() {
    }

    /**
     * @param deadlineSummary what the deadline event is called, in the partner's language
     * @param meetingSummary  what the meeting event is called; null to leave the meeting out
     * @param link            the partner's personal page, in the deadline event
     */
    public static String of(UUID campaignId, int draftVersion, Instant deadline, String deadlineSummary,
                            Instant meeting, String meetingSummary, String link, Instant now) {
        boolean withMeeting = meeting != null && meetingSummary != null;
        var events = new CampaignEvents(campaignId, draftVersion, deadline, lineFeedsOnly(deadlineSummary),
                withMeeting ? meeting : null, withMeeting ? lineFeedsOnly(meetingSummary) : null);
        return TEMPLATES.get(events, CampaignEvents::template)
                .map(template -> template.fill(link, now))
                .orElseGet(() -> events.rendered(link, now));
    }

    /**
     * A summary comes from a campaign's title, typed by a coordinator. ical4j escapes a line feed
     * in a text value but leaves a lone carriage return as it is, which calendar programs read as
     * the end of the line: the rest of the title would become properties of the file's own (a
     * forged URL, say), and ical4j's own parser refuses the file. Every line break becomes a line
     * feed, which is escaped.
     */
    private static String lineFeedsOnly(String summary) {
        return summary == null ? null : summary.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** What the file says that is the same for every partner; the meeting is null when left out. */
    private record CampaignEvents(UUID campaignId, int draftVersion, Instant deadline, String deadlineSummary,
                                  Instant meeting, String meetingSummary) {

        Optional<CalendarTemplate> template() {
            return CalendarTemplate.of(rendered(CalendarTemplate.PLACEHOLDER_LINK, CalendarTemplate.PLACEHOLDER_NOW),
                    meeting == null ? 1 : 2);
        }

        /** The whole file written by ical4j for one partner. */
        String rendered(String link, Instant now) {
            VEvent deadlineEvent = event(new VEvent(deadline, deadlineSummary), campaignId + "-sign-on-deadline",
                    draftVersion, now);
            deadlineEvent.add(new Description(link));
            deadlineEvent.add(new Url(java.net.URI.create(link)));
            var calendar = new Calendar().withProdId(PRODUCT).withDefaults().withProperty(ImmutableMethod.PUBLISH)
                    .withComponent(deadlineEvent);
            if (meeting != null) {
                calendar = calendar.withComponent(event(new VEvent(meeting, meetingSummary), campaignId + "-meeting",
                        draftVersion, now));
            }
            return calendar.getFluentTarget().toString();
        }

        private static VEvent event(VEvent event, String uid, int sequence, Instant now) {
            event.replace(new DtStamp(now));
            event.add(new Uid(uid + "@demarche"));
            event.add(new Sequence(sequence));
            return event;
        }
    }
}
