package org.demarche.dashboard.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.validate.ValidationException;
import org.demarche.dashboard.calendar.CalendarMeetings.CalendarMeeting;
import org.demarche.dashboard.campaign.CampaignDetail;
import org.demarche.dashboard.campaign.CampaignOverview;
import org.demarche.dashboard.campaign.Campaigns;
import org.springframework.stereotype.Component;

/**
 * Writes a lead's calendar: every meeting and every campaign deadline as they stand in the read
 * model now. Times are UTC, which needs no VTIMEZONE and which every client shows in its user's
 * zone; the meeting's own local time and zone are in the description. UIDs are stable and
 * SEQUENCE grows with each change, so clients update events in place.
 */
@Component
class LeadsCalendar {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu, HH:mm", java.util.Locale.ENGLISH);
    private static final Map<String, String> DEADLINES = Map.of(
            "sign-on-requests", "Sign-on requests go out",
            "reminder", "Reminder to partners",
            "sign-on-closes", "Signing closes",
            "publication", "Letter published",
            "follow-up", "Follow-up");
    private static final Duration DEADLINE_LENGTH = Duration.ofMinutes(30);

    private final CalendarMeetings meetings;
    private final Campaigns campaigns;
    private final CalendarFeedProperties properties;
    private final Clock clock;

    LeadsCalendar(CalendarMeetings meetings, Campaigns campaigns, CalendarFeedProperties properties, Clock clock) {
        this.meetings = meetings;
        this.campaigns = campaigns;
        this.properties = properties;
        this.clock = clock;
    }

    String write(String lead) {
        Instant now = clock.instant();
        Calendar calendar = new Calendar();
        calendar.withProdId("-//Démarche//Leads' calendar//EN").withDefaults();
        calendar.add(new XProperty("X-WR-CALNAME", "Démarche – " + lead));
        calendar.add(new XProperty("X-PUBLISHED-TTL", properties.refresh().toString()));
        for (CalendarMeeting meeting : meetings.all()) {
            calendar.add(meeting(meeting, now));
        }
        for (CampaignOverview campaign : campaigns.overviews()) {
            for (CampaignDetail.Deadline deadline : campaigns.deadlines(campaign.id())) {
                calendar.add(deadline(campaign, deadline, now));
            }
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException | ValidationException e) {
            throw new IllegalStateException("the leads' calendar could not be written: " + e.getMessage(), e);
        }
        return out.toString();
    }

    private VEvent meeting(CalendarMeeting meeting, Instant now) {
        ZoneId zone = ZoneId.of(meeting.timeZone());
        VEvent event = event("meeting-" + meeting.id() + "@demarche", meeting.startsAt(),
                meeting.startsAt().plus(properties.meetingLength()), meeting.title(), meeting.version(), meeting.changedAt(), now);
        event.add(new Location(meeting.city()));
        event.add(new Categories("Meeting"));
        event.add(new Description("Local time: " + LocalDateTime.ofInstant(meeting.startsAt(), zone).format(LOCAL)
                + " (" + zone.getId() + ")\nPlace: " + meeting.city()
                + (meeting.participants() == null || meeting.participants().isEmpty() ? ""
                : "\nParticipants: " + meeting.participants())));
        event.add(meeting.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        return event;
    }

    private VEvent deadline(CampaignOverview campaign, CampaignDetail.Deadline deadline, Instant now) {
        String what = DEADLINES.getOrDefault(deadline.kind(), deadline.kind());
        boolean stoodDown = "cancelled".equals(campaign.status()) || "paused".equals(campaign.status());
        String summary = what + " – " + campaign.title() + ("paused".equals(campaign.status()) ? " (paused)" : "");
        // Subscribed calendars are replaced whole at each refresh; the deadline's UID is what keeps it one event.
        VEvent event = event("deadline-" + campaign.id() + "-" + deadline.kind() + "@demarche", deadline.dueAt(),
                deadline.dueAt().plus(DEADLINE_LENGTH), summary, 0, null, now);
        event.add(new Categories("Deadline"));
        String link = properties.base() + "/campaigns/" + campaign.id();
        event.add(new Url(java.net.URI.create(link)));
        event.add(new Description(what + " for the campaign \"" + campaign.title() + "\" (to " + campaign.targetName()
                + ", " + campaign.country() + "). Deadline " + deadline.status() + "; campaign " + campaign.status()
                + ".\n" + link));
        event.add(stoodDown && "scheduled".equals(deadline.status()) ? ImmutableStatus.VEVENT_CANCELLED
                : ImmutableStatus.VEVENT_CONFIRMED);
        return event;
    }

    private static VEvent event(String uid, Instant start, Instant end, String summary, int sequence, Instant changed,
                                Instant now) {
        VEvent event = new VEvent(false); // no DTSTAMP from the system clock: it is set from the Clock below
        event.add(new Uid(uid));
        event.add(new DtStamp(now));
        event.add(new DtStart<>(start));
        event.add(new DtEnd<>(end));
        event.add(new Summary(summary));
        event.add(new Sequence(sequence));
        if (changed != null) {
            event.add(new LastModified(changed));
        }
        return event;
    }
}
