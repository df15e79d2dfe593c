package org.demarche.intake.calendar;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.demarche.events.Participant;

/**
 * A calendar entry waiting for a coordinator, the shape of {@code GET /api/review}.
 *
 * @param recognised the participants recognised so far (too few, or none)
 * @param reason     why it could not be imported by itself
 * @param status     {@code pending}, {@code imported} (with {@code meetingId}), {@code dismissed} or
 *                   {@code withdrawn} (cancelled in the calendar while waiting)
 */
public record ReviewItem(UUID id, String uid, String occurrence, String title, String location,
                         List<String> attendees, String startsAt, String timeZone, Instant startsAtUtc, String city,
                         List<Participant> recognised, String reason, String status, UUID meetingId, Instant heldAt,
                         Instant resolvedAt) {

    public static final String PENDING = "pending";
    public static final String IMPORTED = "imported";
    public static final String DISMISSED = "dismissed";
    public static final String WITHDRAWN = "withdrawn";
}
