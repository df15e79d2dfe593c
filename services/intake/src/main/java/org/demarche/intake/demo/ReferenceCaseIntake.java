package org.demarche.intake.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.demarche.intake.legal.ResolutionRegistrar;
import org.demarche.intake.legal.ResolutionRequest;
import org.demarche.intake.legal.RulingRegistrar;
import org.demarche.intake.legal.RulingRequest;
import org.demarche.intake.meeting.Coordinator;
import org.demarche.intake.meeting.MeetingRegistrar;
import org.demarche.intake.meeting.MeetingRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * On a fresh start (no meeting entered yet), enters the reference case as a coordinator would:
 * its rulings and resolutions, then the meeting, moved to {@code meeting-days} ahead at the
 * reference meeting's local time, so its campaign opens at once with a compressed plan.
 */
@Component
@ConditionalOnBooleanProperty("demarche.demo.enabled")
class ReferenceCaseIntake {

    private static final Logger log = LoggerFactory.getLogger(ReferenceCaseIntake.class);
    static final String RESOURCE = "/demo/reference-case.json";

    private final RulingRegistrar rulings;
    private final ResolutionRegistrar resolutions;
    private final MeetingRegistrar meetings;
    private final DemoProperties properties;
    private final Clock clock;

    ReferenceCaseIntake(RulingRegistrar rulings, ResolutionRegistrar resolutions, MeetingRegistrar meetings,
                        DemoProperties properties, Clock clock) {
        this.rulings = rulings;
        this.resolutions = resolutions;
        this.meetings = meetings;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void enterTheReferenceCase() {
        if (meetings.anyMeeting()) {
            return;
        }
        JsonNode referenceCase = read();
        for (JsonNode r : referenceCase.get("rulings")) {
            rulings.enter(new RulingRequest(text(r, "court"), text(r, "caseName"), text(r, "applicationNo"),
                    text(r, "respondent"), text(r, "judgmentDate"), strings(r.get("articlesViolated")), text(r, "summary"),
                    text(r, "url")));
        }
        for (JsonNode r : referenceCase.get("resolutions")) {
            resolutions.enter(new ResolutionRequest(text(r, "body"), text(r, "reference"), text(r, "adoptedOn"),
                    text(r, "respondent"), text(r, "caseName"), text(r, "applicationNo"), text(r, "kind"),
                    text(r, "summary"), text(r, "url")));
        }
        JsonNode m = referenceCase.get("meeting");
        ZoneId zone = ZoneId.of(text(m, "timeZone"));
        LocalTime at = java.time.LocalDateTime.parse(text(m, "startsAt")).toLocalTime();
        LocalDate day = LocalDate.now(clock.withZone(zone)).plusDays(properties.meetingDays());
        List<MeetingRequest.ParticipantRequest> participants = new ArrayList<>();
        m.get("participants").forEach(p -> participants.add(
                new MeetingRequest.ParticipantRequest(text(p, "name"), text(p, "title"), text(p, "country"))));
        var id = meetings.enter(new MeetingRequest(text(m, "title"), day.atTime(at).toString(), zone.getId(),
                text(m, "city"), participants), Coordinator.NOBODY);
        log.info("Demo: entered the reference case's rulings and resolutions and meeting {} on {} in {}", id, day,
                text(m, "city"));
    }

    private static JsonNode read() {
        try (InputStream in = ReferenceCaseIntake.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
    }

    private static String text(JsonNode node, String field) {
        return node.has(field) && !node.get(field).isNull() ? node.get(field).asString() : null;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asString()));
        return values;
    }
}
